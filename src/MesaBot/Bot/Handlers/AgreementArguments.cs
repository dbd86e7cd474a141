using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// The acuerdo an agreement command names ("anular A-2 …", "seguimiento A-3"): read from its first word, and
/// checked the same way for each command (an id, of an acuerdo, of this mesa, that exists), so each answers
/// a wrong one in the same words.
/// </summary>
internal static class AgreementArguments
{
    /// <summary>The id the arguments start with, and the text after it.</summary>
    public static (RecordRef? Reference, string Remainder) Split(string arguments)
    {
        var parts = MentionedPeople.WithoutMentionTags(arguments).Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && RecordRef.TryParse(parts[0], out var reference)
            ? (reference, parts.Length > 1 ? parts[1].Trim() : string.Empty)
            : (null, string.Empty);
    }

    /// <summary>The id as the user wrote it, normalised: "A-2", or "RES-A-2" when a code was given.</summary>
    public static string Typed(RecordRef reference) =>
        reference.MesaCode is { } code ? reference.ToQualifiedString(code) : reference.ToString();

    /// <returns>
    /// The acuerdo's number when <paramref name="reference"/> names an existing acuerdo of this conversation's
    /// mesa; otherwise null, after saying why (<paramref name="usage"/> when there is no id at all,
    /// <paramref name="notAgreement"/> formatted with the id for a tarea's or compromiso's).
    /// </returns>
    public static async Task<int?> CheckAsync(
        ChatContext chat, AgreementStore agreements, RecordRef? reference, string usage, string notAgreement, CancellationToken cancellationToken)
    {
        var mesa = chat.Mesa!;
        var refusal = reference switch
        {
            null => usage,
            { Kind: not RecordKind.Agreement } => string.Format(notAgreement, Typed(reference)),
            { MesaCode: { } code } when !string.Equals(code, mesa.Code, StringComparison.OrdinalIgnoreCase) =>
                string.Format(Strings.Item_OtherMesa, Typed(reference), mesa.Name),
            _ when await agreements.GetAsync(mesa, reference.Number, cancellationToken) is null =>
                string.Format(Strings.Agreement_NotFound, reference.Format(mesa.Code, chat.InsideMesa), mesa.Name),
            _ => null,
        };
        if (refusal is not null)
        {
            await chat.SayAsync(refusal, cancellationToken);
            return null;
        }

        return reference!.Number;
    }
}
