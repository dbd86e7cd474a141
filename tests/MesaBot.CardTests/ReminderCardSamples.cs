using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Digest;
using MesaBot.Reminders.Planning;
using MesaBot.TestData;

namespace MesaBot.CardTests;

/// <summary>Representative reminder, overdue-summary and digest cards for the catalogue.</summary>
public static class ReminderCardSamples
{
    private static readonly DateOnly Today = new(2026, 4, 6);
    private static readonly Person Ana = new("a1", "Ana Pérez");
    private static readonly Person Beto = new("b2", "Roberto Muñoz Sepúlveda");

    private static readonly Mesa Res = new MesaBuilder
    {
        TenantId = "t", Name = "Resiliencia de infraestructura", Coordinators = [Ana],
        Conversations = [new ConversationLink("19:x@thread.tacv2", ConversationKind.Channel)], Version = "3",
    }.Build();

    private static readonly ReminderItem Task = new(new RecordRef(RecordKind.ActionItem, 34), "Enviar el informe de daños del puente Chacao a la Dirección de Vialidad", new DateOnly(2026, 4, 9), Beto, null, "2");
    private static readonly ReminderItem Commitment = new(new RecordRef(RecordKind.Commitment, 7), "Listado de empresas con maquinaria disponible", new DateOnly(2026, 4, 1), Beto, "Cámara Chilena de la Construcción", "1");

    public static AdaptiveCard Upcoming() => ReminderCard.Build(Res, Task, ReminderKind.Upcoming, Today, "29:roberto");

    public static AdaptiveCard OverdueCommitment() => ReminderCard.Build(Res, Commitment, ReminderKind.Overdue, Today);

    public static AdaptiveCard Summary() => OverdueSummaryCard.Build(Res, [Commitment, Task with { DueDate = new DateOnly(2026, 3, 20) }],
        [new UndeliveredReminder(Beto.Name, new DateOnly(2026, 4, 2), Unreachable: true)],
        Today);

    public static AdaptiveCard Digest()
    {
        var numbers = new DigestNumbers(2, 3, 5, 2);
        var agreement = new Agreement(12, "Priorizar la reposición del puente Chacao", new DateOnly(2026, 3, 31), null, Ana, null, default, "1");
        var mesa = new MesaDigest(Res, [agreement], [], [new OwnerLoad(Beto, 2, 1), new OwnerLoad(Ana, 1, 0)],
            [new PartnerLoad("Cámara Chilena de la Construcción", 1, 1)], numbers, new DigestNumbers(1, 4, 6, 1))
        {
            SessionsHeld = [7],
            ActasAwaitingApproval = [6, 7],
            Annulled = [new Agreement(11, "Postergar la visita a terreno", new DateOnly(2026, 3, 30), null, Ana, null, default, "2")
            {
                Annulment = new AgreementAnnulment("Se registró dos veces", Ana, new DateTimeOffset(2026, 4, 1, 15, 0, 0, TimeSpan.Zero)),
            }],
        };
        return DigestCard.Build(new DigestReport("t", new DateOnly(2026, 3, 30), [mesa]), Today);
    }
}
