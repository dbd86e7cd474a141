using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Protocol.Routing;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// Coordinators' commands on their mesa: `coordinador @persona`, `coordinador quitar @persona`,
/// `mesa renombrar &lt;nombre&gt;`, `mesa archivar`.
/// </summary>
public sealed class MesaAdminHandler(MesaStore mesas)
{
    public static readonly string[] CoordinatorCommands = ["coordinador", "coordinadora", "coordinator"];
    public static readonly string[] MesaCommands = ["mesa"];

    public async Task OnCoordinatorAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        if (MentionedPeople.Of(chat.Activity).FirstOrDefault() is not { } mention)
        {
            await chat.SayAsync(Strings.Coordinator_Usage, cancellationToken);
            return;
        }

        var lookup = await chat.Roster.ResolveAsync(mention, cancellationToken);
        if (!lookup.Found)
        {
            await chat.SayAsync(lookup.Message, cancellationToken);
            return;
        }

        var person = lookup.Person.Person;

        var removing = CommandWords.Fold(MentionedPeople.WithoutMentionTags(chat.Arguments)).StartsWith("quitar", StringComparison.Ordinal);
        var updated = removing
            ? await mesas.RemoveCoordinatorAsync(mesa, person.ObjectId, chat.Author, cancellationToken)
            : await mesas.AddCoordinatorAsync(mesa, person, chat.Author, cancellationToken);
        await chat.SayAsync(string.Format(Strings.Coordinator_Changed, updated.Name, string.Join(", ", updated.Coordinators.Select(c => c.Name))), cancellationToken);
    }

    public async Task OnMesaAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        var args = chat.Arguments;
        var verb = CommandWords.Fold(args.Split(' ', 2)[0]);
        var rest = args.Split(' ', 2) is [_, var r] ? r.Trim() : string.Empty;
        var reply = verb switch
        {
            "renombrar" when rest.Length > 0 =>
                string.Format(Strings.Mesa_Renamed, (await mesas.RenameAsync(mesa, rest, chat.Author, cancellationToken)).Name),
            "archivar" =>
                string.Format(Strings.Mesa_Archived, (await mesas.ArchiveAsync(mesa, chat.Author, cancellationToken)).Name),
            "invitados" or "guests" when YesNo(rest) is { } allowed =>
                (await mesas.SetGuestsMayWriteAsync(mesa, allowed, chat.Author, cancellationToken)).GuestsMayWrite
                    ? Strings.Mesa_GuestsMayWrite
                    : Strings.Mesa_GuestsReadOnly,
            "correos" or "emails" when YesNo(rest) is { } mail =>
                (await mesas.SetRemindersAsync(mesa, mesa.Reminders with { EmailPartners = mail }, chat.Author, cancellationToken)).Reminders.EmailPartners
                    ? Strings.Mesa_PartnerMailOn
                    : Strings.Mesa_PartnerMailOff,
            "idioma" or "language" when rest.Length > 0 =>
                (await mesas.SetLanguageAsync(mesa, rest, chat.Author, cancellationToken)).Language == "en"
                    ? Strings.Mesa_LanguageEnglish
                    : Strings.Mesa_LanguageSpanish,
            _ => Strings.Mesa_Usage,
        };
        await chat.SayAsync(reply, cancellationToken);
    }

    private static bool? YesNo(string text) => CommandWords.Fold(text.Trim()) switch
    {
        "si" or "yes" or "pueden" => true,
        "no" => false,
        _ => null,
    };
}
