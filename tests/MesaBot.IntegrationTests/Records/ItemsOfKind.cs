using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.IntegrationTests.Records;

/// <summary>
/// <see cref="OpenItemStore"/> with the kind fixed, so a test reads "h.ActionItems.SetStatusAsync(mesa, 3, …)"
/// rather than spelling a RecordRef each time. Every call is the store's own; nothing is added.
/// </summary>
public sealed class ItemsOfKind(OpenItemStore items, RecordKind kind)
{
    public Task<OpenItem> CreateAsync(Mesa mesa, NewActionItem item, Person by, string? activityId, CancellationToken ct) =>
        items.CreateTaskAsync(mesa, item, by, activityId, ct);

    public Task<OpenItem> CreateAsync(Mesa mesa, NewCommitment commitment, Person by, string? activityId, CancellationToken ct) =>
        items.CreateCommitmentAsync(mesa, commitment, by, activityId, ct);

    public Task<OpenItem?> GetAsync(Mesa mesa, int number, CancellationToken ct) => items.GetAsync(mesa, Ref(number), ct);

    public Task<IReadOnlyList<OpenItem>> PendingAsync(Mesa mesa, CancellationToken ct) => items.PendingAsync(mesa, kind, ct);

    public Task<IReadOnlyList<OpenItem>> ListAsync(Mesa mesa, CancellationToken ct) => items.ListAsync(mesa, kind, ct);

    public Task<OpenItem> SetStatusAsync(Mesa mesa, int number, ItemStatus status, Person by, string? expectedVersion, CancellationToken ct) =>
        items.SetStatusAsync(mesa, Ref(number), status, by, expectedVersion, ct);

    public Task<OpenItem> SetDueDateAsync(Mesa mesa, int number, DateOnly due, Person by, string? expectedVersion, CancellationToken ct) =>
        items.SetDueDateAsync(mesa, Ref(number), due, by, expectedVersion, ct);

    public Task<OpenItem> EditTextAsync(Mesa mesa, int number, string text, Person by, string? expectedVersion, CancellationToken ct) =>
        items.EditTextAsync(mesa, Ref(number), text, by, expectedVersion, ct);

    public Task<OpenItem> ReassignAsync(Mesa mesa, int number, Person accountable, Person by, string? expectedVersion, CancellationToken ct) =>
        items.ReassignAsync(mesa, Ref(number), accountable, by, expectedVersion, ct);

    private RecordRef Ref(int number) => new(kind, number);
}
