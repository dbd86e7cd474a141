using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `anular A-2 &lt;motivo&gt;`, and the two ways people ask to undo a record that nothing deletes:
/// `cancelar A-2` (tareas and compromisos are cancelled; acuerdos are annulled) and `borrar`/`eliminar`
/// (the records are public acts: each answer names the command that does apply, with the id filled in).
/// </summary>
public sealed class AgreementCommandHandler(AgreementStore agreements)
{
    public static readonly string[] AnnulCommands = ["anular"];
    public static readonly string[] DeleteCommands = ["borrar", "eliminar", "delete", "remove"];

    /// <summary>True when the command's first argument is an acuerdo's id ("cancelar A-2"), which this handler answers.</summary>
    public static bool NamesAgreement(ChatContext chat) => FirstRef(chat) is { Kind: RecordKind.Agreement };

    public async Task OnAnnulAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        var (reference, reason) = AgreementArguments.Split(chat.Arguments);
        if (await AgreementArguments.CheckAsync(chat, agreements, reference, Strings.Annul_Usage, Strings.Annul_OnlyAgreements, cancellationToken) is not { } number)
        {
            return;
        }

        // The records refuse a second annulment, a missing reason and anyone but the author or a coordinator.
        var annulled = await agreements.AnnulAsync(mesa, number, reason, chat.Author, cancellationToken);
        await chat.ShowAsync(AgreementCreatedCard.Build(mesa, annulled, chat.Today, chat.InsideMesa), cancellationToken);
    }

    public Task OnCancelAgreementAsync(ChatContext chat, CancellationToken cancellationToken) =>
        chat.SayAsync(string.Format(Strings.Cancel_Agreement, Typed(FirstRef(chat)!)), cancellationToken);

    public Task OnDeleteAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var text = FirstRef(chat) switch
        {
            null => Strings.Delete_Usage,
            { Kind: RecordKind.Agreement } agreement => string.Format(Strings.Delete_Agreement, Typed(agreement)),
            var item => string.Format(Strings.Delete_Item, Typed(item)),
        };
        return chat.SayAsync(text, cancellationToken);
    }

    private static RecordRef? FirstRef(ChatContext chat) => AgreementArguments.Split(chat.Arguments).Reference;

    private static string Typed(RecordRef reference) => AgreementArguments.Typed(reference);
}
