using MesaBot.Bot.Chat;
using MesaBot.Bot.Resources;
using MesaBot.Dates;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Bot.Handlers;

/// <summary>
/// `cumplida T-3`, `en curso T-3`, `posponer T-3 &lt;fecha&gt;`, `reasignar T-3 @persona`,
/// `editar T-3 &lt;texto&gt;`, `cancelar T-3`, `reabrir T-3`. In a personal chat the id carries the mesa
/// code (RES-T-3).
/// </summary>
public sealed class ItemCommandHandler(MesaStore mesas, MesaVisibility visibility, ItemActions actions, ChangeNotices notices)
{
    public static readonly string[] CompleteCommands = ["cumplida", "cumplido", "completada", "hecha", "done"];
    public static readonly string[] StartCommands = ["en curso", "iniciar", "start"];
    public static readonly string[] PostponeCommands = ["posponer", "postergar", "aplazar", "postpone"];
    public static readonly string[] ReassignCommands = ["reasignar", "reassign"];
    public static readonly string[] EditCommands = ["editar", "edit"];
    public static readonly string[] CancelCommands = ["cancelar", "cancel"];
    public static readonly string[] ReopenCommands = ["reabrir", "reopen"];

    public Task OnCompleteAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, _ => Task.FromResult<ItemChange?>(new ItemChange.Complete()), ct);

    public Task OnStartAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, _ => Task.FromResult<ItemChange?>(new ItemChange.Start()), ct);

    public Task OnCancelAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, _ => Task.FromResult<ItemChange?>(new ItemChange.Cancel()), ct);

    public Task OnReopenAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, _ => Task.FromResult<ItemChange?>(new ItemChange.Reopen()), ct);

    public Task OnEditAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, async rest =>
    {
        if (rest.Length > 0)
        {
            return new ItemChange.Edit(rest);
        }

        await chat.SayAsync(Strings.Item_EditUsage, ct);
        return null;
    }, ct);

    public Task OnPostponeAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, async rest =>
    {
        var date = SpanishDateParser.Parse(rest, chat.Today);
        if (rest.Length > 0 && date.Success)
        {
            return new ItemChange.Postpone(date.Date);
        }

        await chat.SayAsync(rest.Length == 0 ? Strings.Item_PostponeUsage : ErrorText.For(date.Error!), ct);
        return null;
    }, ct);

    public Task OnReassignAsync(ChatContext chat, CancellationToken ct) => RunAsync(chat, async _ =>
    {
        if (MentionedPeople.Of(chat.Activity).FirstOrDefault() is not { } mention)
        {
            await chat.SayAsync(Strings.Item_ReassignUsage, ct);
            return null;
        }

        var lookup = await chat.Roster.ResolveAsync(mention, ct);
        if (lookup.Found)
        {
            return new ItemChange.Reassign(lookup.Person.Person);
        }

        await chat.SayAsync(lookup.Message, ct);
        return null;
    }, ct);

    private async Task RunAsync(ChatContext chat, Func<string, Task<ItemChange?>> readChange, CancellationToken cancellationToken)
    {
        var args = MentionedPeople.WithoutMentionTags(chat.Arguments);
        var parts = args.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !RecordRef.TryParse(parts[0], out var reference) || reference.Kind == RecordKind.Agreement)
        {
            await chat.SayAsync(Strings.Item_RefUsage, cancellationToken);
            return;
        }

        if (await MesaOfAsync(chat, reference, cancellationToken) is not { } mesa)
        {
            return;
        }

        var item = await actions.FindAsync(mesa, reference, cancellationToken);
        if (item is null)
        {
            await chat.SayAsync(string.Format(Strings.Item_NotFound, reference.Format(mesa.Code, chat.InsideMesa), mesa.Name), cancellationToken);
            return;
        }

        if (await readChange(parts.Length > 1 ? parts[1].Trim() : string.Empty) is not { } change)
        {
            return;
        }

        var result = await actions.ChangeAsync(item, change, chat.Author, expectedVersion: null, cancellationToken);
        await chat.ShowAsync(await notices.CardAfterAsync(chat, result, chat.TodayAt(item.Mesa), list: null, cancellationToken), cancellationToken);
    }

    /// <summary>The mesa an id points at: its code when it has one, else this conversation's mesa.</summary>
    private async Task<Mesa?> MesaOfAsync(ChatContext chat, RecordRef reference, CancellationToken cancellationToken)
    {
        if (reference.MesaCode is null)
        {
            if (chat.IsPersonal)
            {
                await chat.SayAsync(string.Format(Strings.Item_NeedsCode, reference), cancellationToken);
                return null;
            }

            if (TurnPreconditions.MesaRefusal(chat) is { } refusal)
            {
                await chat.SayAsync(refusal, cancellationToken);
                return null;
            }

            return chat.Mesa;
        }

        if (chat.Mesa is { } here && !string.Equals(here.Code, reference.MesaCode, StringComparison.OrdinalIgnoreCase))
        {
            await chat.SayAsync(string.Format(Strings.Item_OtherMesa, reference.ToQualifiedString(reference.MesaCode), here.Name), cancellationToken);
            return null;
        }

        // A mesa the speaker may not see answers as one that does not exist: nothing of it shows.
        var mesa = await mesas.FindByCodeAsync(chat.TenantId, reference.MesaCode, cancellationToken);
        if (mesa is null || !await visibility.MaySeeAsync(chat, mesa, reference, cancellationToken))
        {
            await chat.SayAsync(string.Format(Strings.Item_UnknownCode, reference.MesaCode), cancellationToken);
            return null;
        }

        return mesa;
    }
}
