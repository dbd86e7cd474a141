using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// Coordinators' commands on their mesa: `coordinador @persona`, `coordinador quitar @persona`,
/// `mesa renombrar &lt;nombre&gt;`, `mesa archivar`.
/// </summary>
public sealed class MesaAdminHandler(ChatContextFactory contexts, ChatGuards guards, RosterPeople roster, MesaStore mesas)
{
    public static readonly string[] CoordinatorCommands = ["coordinador", "coordinadora", "coordinator"];
    public static readonly string[] MesaCommands = ["mesa"];

    public async Task OnCoordinatorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa || !await guards.RequireCoordinatorAsync(chat, mesa, cancellationToken))
        {
            return;
        }

        if (MentionedPeople.Of(turn.Activity).FirstOrDefault() is not { } mention)
        {
            await turn.SayAsync(Strings.Coordinator_Usage, cancellationToken);
            return;
        }

        var lookup = await roster.ResolveAsync(chat, mention, cancellationToken);
        if (!lookup.Found)
        {
            await turn.SayAsync(lookup.Message, cancellationToken);
            return;
        }

        var person = lookup.Person.Person;

        var removing = CommandWords.Fold(MentionedPeople.WithoutMentionTags(turn.CommandArguments)).StartsWith("quitar", StringComparison.Ordinal);
        var reply = await RunAsync(async () =>
        {
            var updated = removing
                ? await mesas.RemoveCoordinatorAsync(mesa, person.ObjectId, chat.Author, cancellationToken)
                : await mesas.AddCoordinatorAsync(mesa, person, chat.Author, cancellationToken);
            return string.Format(Strings.Coordinator_Changed, updated.Name, string.Join(", ", updated.Coordinators.Select(c => c.Name)));
        });
        await turn.SayAsync(reply, cancellationToken);
    }

    public async Task OnMesaAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        if (await guards.RequireMesaAsync(chat, cancellationToken) is not { } mesa || !await guards.RequireCoordinatorAsync(chat, mesa, cancellationToken))
        {
            return;
        }

        var args = turn.CommandArguments;
        var verb = CommandWords.Fold(args.Split(' ', 2)[0]);
        var rest = args.Split(' ', 2) is [_, var r] ? r.Trim() : string.Empty;
        var reply = verb switch
        {
            "renombrar" when rest.Length > 0 => await RunAsync(async () =>
                string.Format(Strings.Mesa_Renamed, (await mesas.RenameAsync(mesa, rest, chat.Author, cancellationToken)).Name)),
            "archivar" => await RunAsync(async () =>
                string.Format(Strings.Mesa_Archived, (await mesas.ArchiveAsync(mesa, chat.Author, cancellationToken)).Name)),
            "invitados" or "guests" when YesNo(rest) is { } allowed => await RunAsync(async () =>
                (await mesas.SetGuestsMayWriteAsync(mesa, allowed, chat.Author, cancellationToken)).GuestsMayWrite
                    ? Strings.Mesa_GuestsMayWrite
                    : Strings.Mesa_GuestsReadOnly),
            "correos" or "emails" when YesNo(rest) is { } mail => await RunAsync(async () =>
                (await mesas.SetRemindersAsync(mesa, mesa.Reminders with { EmailPartners = mail }, chat.Author, cancellationToken)).Reminders.EmailPartners
                    ? Strings.Mesa_PartnerMailOn
                    : Strings.Mesa_PartnerMailOff),
            "idioma" or "language" when rest.Length > 0 => await RunAsync(async () =>
                (await mesas.SetLanguageAsync(mesa, rest, chat.Author, cancellationToken)).Language == "en"
                    ? Strings.Mesa_LanguageEnglish
                    : Strings.Mesa_LanguageSpanish),
            _ => Strings.Mesa_Usage,
        };
        await turn.SayAsync(reply, cancellationToken);
    }

    private static bool? YesNo(string text) => CommandWords.Fold(text.Trim()) switch
    {
        "si" or "yes" or "pueden" => true,
        "no" => false,
        _ => null,
    };

    private static async Task<string> RunAsync(Func<Task<string>> change)
    {
        try
        {
            return await change();
        }
        catch (RecordException ex) when (ex.Kind != RecordErrorKind.NotFound)
        {
            return ErrorText.For(ex);
        }
    }
}
