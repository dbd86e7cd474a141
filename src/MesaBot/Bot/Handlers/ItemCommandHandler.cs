using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Protocol.Routing;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `cumplida T-3`, `en curso T-3`, `posponer T-3 &lt;fecha&gt;`, `reasignar T-3 @persona`,
/// `editar T-3 &lt;texto&gt;`, `cancelar T-3`, `reabrir T-3`. In a personal chat the id carries the mesa
/// code (RES-T-3).
/// </summary>
public sealed class ItemCommandHandler(
    ChatContextFactory contexts,
    ChatGuards guards,
    RosterPeople roster,
    MesaStore mesas,
    ItemActions actions,
    RecordReplies replies)
{
    public static readonly string[] CompleteCommands = ["cumplida", "cumplido", "completada", "hecha", "done"];
    public static readonly string[] StartCommands = ["en curso", "iniciar", "start"];
    public static readonly string[] PostponeCommands = ["posponer", "postergar", "aplazar", "postpone"];
    public static readonly string[] ReassignCommands = ["reasignar", "reassign"];
    public static readonly string[] EditCommands = ["editar", "edit"];
    public static readonly string[] CancelCommands = ["cancelar", "cancel"];
    public static readonly string[] ReopenCommands = ["reabrir", "reopen"];

    public Task OnCompleteAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, (_, _) => Task.FromResult<ItemChange?>(new ItemChange.Complete()), ct);

    public Task OnStartAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, (_, _) => Task.FromResult<ItemChange?>(new ItemChange.Start()), ct);

    public Task OnCancelAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, (_, _) => Task.FromResult<ItemChange?>(new ItemChange.Cancel()), ct);

    public Task OnReopenAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, (_, _) => Task.FromResult<ItemChange?>(new ItemChange.Reopen()), ct);

    public Task OnEditAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, async (chat, rest) =>
    {
        if (rest.Length > 0)
        {
            return new ItemChange.Edit(rest);
        }

        await turn.SayAsync(Strings.Item_EditUsage, ct);
        return null;
    }, ct);

    public Task OnPostponeAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, async (chat, rest) =>
    {
        var date = SpanishDateParser.Parse(rest, chat.Today);
        if (rest.Length > 0 && date.Success)
        {
            return new ItemChange.Postpone(date.Date);
        }

        await turn.SayAsync(rest.Length == 0 ? Strings.Item_PostponeUsage : ErrorText.For(date.Error!), ct);
        return null;
    }, ct);

    public Task OnReassignAsync(TurnContext turn, CancellationToken ct) => RunAsync(turn, async (chat, _) =>
    {
        if (MentionedPeople.Of(turn.Activity).FirstOrDefault() is not { } mention)
        {
            await turn.SayAsync(Strings.Item_ReassignUsage, ct);
            return null;
        }

        var lookup = await roster.ResolveAsync(chat, mention, ct);
        if (lookup.Found)
        {
            return new ItemChange.Reassign(lookup.Person.Person);
        }

        await turn.SayAsync(lookup.Message, ct);
        return null;
    }, ct);

    private async Task RunAsync(TurnContext turn, Func<ChatContext, string, Task<ItemChange?>> readChange, CancellationToken cancellationToken)
    {
        var chat = await contexts.CreateAsync(turn, cancellationToken);
        var args = MentionedPeople.WithoutMentionTags(turn.CommandArguments);
        var parts = args.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !RecordRef.TryParse(parts[0], out var reference) || reference.Kind == RecordKind.Agreement)
        {
            await turn.SayAsync(Strings.Item_RefUsage, cancellationToken);
            return;
        }

        if (!await guards.MayWriteAsync(chat, cancellationToken) || await MesaOfAsync(chat, reference, cancellationToken) is not { } mesa)
        {
            return;
        }

        var item = await actions.FindAsync(mesa, reference, cancellationToken);
        if (item is null)
        {
            await turn.SayAsync(string.Format(Strings.Item_NotFound, reference.Format(mesa.Code, chat.InsideMesa), mesa.Name), cancellationToken);
            return;
        }

        if (await readChange(chat, parts.Length > 1 ? parts[1].Trim() : string.Empty) is not { } change)
        {
            return;
        }

        try
        {
            var updated = await actions.ApplyAsync(item, change, chat.Author, expectedVersion: null, cancellationToken);
            await replies.ItemChangedAsync(chat, updated, cancellationToken);
        }
        catch (RecordException ex)
        {
            await turn.SayAsync(ErrorText.For(ex), cancellationToken);
        }
    }

    /// <summary>The mesa an id points at: its code when it has one, else this conversation's mesa.</summary>
    private async Task<Mesa?> MesaOfAsync(ChatContext chat, RecordRef reference, CancellationToken cancellationToken)
    {
        if (reference.MesaCode is null)
        {
            if (chat.IsPersonal)
            {
                await chat.Turn.SayAsync(string.Format(Strings.Item_NeedsCode, reference), cancellationToken);
                return null;
            }

            return await guards.RequireMesaAsync(chat, cancellationToken);
        }

        if (chat.Mesa is { } here && !string.Equals(here.Code, reference.MesaCode, StringComparison.OrdinalIgnoreCase))
        {
            await chat.Turn.SayAsync(string.Format(Strings.Item_OtherMesa, reference.ToQualifiedString(reference.MesaCode), here.Name), cancellationToken);
            return null;
        }

        var mesa = await mesas.FindByCodeAsync(chat.TenantId, reference.MesaCode, cancellationToken);
        if (mesa is null)
        {
            await chat.Turn.SayAsync(string.Format(Strings.Item_UnknownCode, reference.MesaCode), cancellationToken);
        }

        return mesa;
    }
}
