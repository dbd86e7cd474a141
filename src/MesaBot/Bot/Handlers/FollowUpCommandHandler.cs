using MesaBot.Bot.Cards;
using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `seguimiento A-3` marks an acuerdo for follow-up: it is listed on every session's opening agenda (and in
/// its acta's agenda) until `seguimiento quitar A-3`. Tareas and compromisos need no mark: while open they are
/// on the agenda anyway. Any member who may write in the mesa may mark one (the route's writer rule, as for
/// logging it); the records refuse an annulled acuerdo, a second mark, and taking off a mark that is not there.
/// </summary>
public sealed class FollowUpCommandHandler(AgreementStore agreements)
{
    public static readonly string[] Commands = ["seguimiento"];

    private static readonly string[] RemoveWords = ["quitar", "sacar", "remove"];

    public async Task OnFollowUpAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        var arguments = MentionedPeople.WithoutMentionTags(chat.Arguments).Trim();
        var first = arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var remove = RemoveWords.Contains(first, StringComparer.OrdinalIgnoreCase);
        var (reference, _) = AgreementArguments.Split(remove ? CommandText.After(arguments, 1) : arguments);
        if (await AgreementArguments.CheckAsync(chat, agreements, reference, Strings.FollowUp_Usage, Strings.FollowUp_OnlyAgreements, cancellationToken) is not { } number)
        {
            return;
        }

        var agreement = remove
            ? await agreements.UnfollowAsync(mesa, number, chat.Author, cancellationToken)
            : await agreements.FollowAsync(mesa, number, chat.Author, cancellationToken);
        var id = agreement.Ref.Format(mesa.Code, chat.InsideMesa);
        var headline = CardText.Format(remove ? CardTexts.FollowUp_Removed : CardTexts.FollowUp_Marked, id);
        await chat.ShowAsync(AgreementCreatedCard.Build(mesa, agreement, chat.Today, chat.InsideMesa, headline), cancellationToken);
    }
}
