using MesaBot.Storage;

namespace MesaBot.Records.Stores;

/// <summary>
/// Every PartitionKey and RowKey of the records, in one place (docs/storage.md draws them). Ids that
/// come from outside (tenant, object ids, conversation ids, activity ids) always pass through
/// <see cref="TableKeys.Encode"/>; mesa ids and codes are validated slugs; numbers are zero-padded so
/// that key order is number order.
/// </summary>
internal static class RecordKeys
{
    public const string MesasTable = "mesas";
    public const string RecordsTable = "records";
    public const string IndexTable = "recordindex";

    // mesas table: one partition per tenant.
    public static string TenantPartition(string tenantId) => TableKeys.Encode(tenantId);
    public const string MesaPrefix = "mesa|";
    public static string MesaRow(string mesaId) => MesaPrefix + mesaId;
    public static string CodeRow(string code) => "code|" + code.ToUpperInvariant();
    public static string ConversationRow(string conversationKey) => "conv|" + TableKeys.Encode(conversationKey);
    public static string MesaLogPrefix(string mesaId) => $"log|{mesaId}|";

    // records table: one partition per mesa.
    public static string MesaPartition(string tenantId, string mesaId) => $"{TableKeys.Encode(tenantId)}|{mesaId}";
    public static string MesaPartition(Mesa mesa) => MesaPartition(mesa.TenantId, mesa.Id);
    public static string RecordPrefix(RecordKind kind) => $"{RecordRef.LetterOf(kind)}|";
    public static string RecordRow(RecordKind kind, int number) => $"{RecordPrefix(kind)}{number:D7}";
    public static string OpenPrefix(RecordKind kind) => $"open|{RecordRef.LetterOf(kind)}|";
    public static string OpenRow(RecordKind kind, int number) => $"{OpenPrefix(kind)}{number:D7}";
    public static string CounterRow(RecordKind kind) => $"count|{RecordRef.LetterOf(kind)}";
    public static string IdempotencyRow(RecordKind kind, string activityId) => $"idem|{RecordRef.LetterOf(kind)}|{TableKeys.Encode(activityId)}";
    public static string LogPrefix(RecordRef record) => $"{RecordLogsPrefix}{record.Letter}|{record.Number:D7}|";

    /// <summary>Every record's history rows in a mesa's partition (the export reads them in one query).</summary>
    public const string RecordLogsPrefix = "log|";
    public const string SyncPrefix = "sync|";
    public static string SyncRow(RecordRef record) => $"{SyncPrefix}{record.Letter}|{record.Number:D7}|{Guid.NewGuid():N}";

    /// <summary>
    /// A history line of the subject's <paramref name="revision"/>: revisions only grow (each change is
    /// ETag-guarded), so lines are unique and in order even when the clock says otherwise.
    /// </summary>
    public static string LogRow(string prefix, long revision, int sequence) => $"{prefix}{revision:D10}|{sequence:D2}";

    // records table, sessions (Records/Sessions): the session rows and their counter live in the mesa's partition, so
    // opening or closing one is a single transaction with the record counters that carry the open session's number.
    public const string SessionLetter = "S";
    public static string SessionCounterRow => CounterRow(SessionLetter);
    public const string SessionPrefix = "session|";
    public static string SessionRow(int number) => $"{SessionPrefix}{number:D7}";
    public static string SessionLogPrefix(int number) => $"log|{SessionLetter}|{number:D7}|";
    public const string CounterPrefix = "count|";

    /// <summary>The column of the counters "count|A/T/C" that holds the open session's number (absent when none is open).</summary>
    public const string SessionColumn = "Session";

    /// <summary>The column of records that belong to a session (tareas, compromisos, acuerdos); old rows have none.</summary>
    public const string SessionNumberColumn = "SessionNumber";

    private static string CounterRow(string letter) => $"count|{letter}";

    // records table, the weekly digest's outbox: every change writes its summary entry under "sync|D|" in its own
    // transaction (so the sweep that finds unfinished index changes finds these too); DigestOutbox moves it to "digests".
    public const string DigestOutboxPrefix = "sync|D|";
    public static string DigestOutboxRow(DateTimeOffset now) => $"{DigestOutboxPrefix}{now.UtcTicks:D19}|{Guid.NewGuid():N}";

    // digests table (Stores/DigestSummaryStore): one partition per tenant, so the committee's digest is one query;
    // per mesa its folded entries ("{mesa}|base") and the entries moved there since ("{mesa}|d|{ticks}|{guid}").
    public const string DigestsTable = "digests";
    public static string DigestBaseRow(string mesaId) => $"{mesaId}|base";
    public static string DigestDeltaPrefix(string mesaId) => $"{mesaId}|d|";
    public static string DigestDeltaRow(string mesaId, string outboxRow) => DigestDeltaPrefix(mesaId) + outboxRow[DigestOutboxPrefix.Length..];

    // recordindex table: one partition per person (pending of X) and one per due date (reminders).
    public static string PersonPartition(string tenantId, string objectId) => $"p|{TableKeys.Encode(tenantId)}|{TableKeys.Encode(objectId.ToLowerInvariant())}";
    public static string DatePartition(DateOnly date) => $"d|{date:yyyy-MM-dd}";
    public static string IndexRow(string tenantId, string mesaId, RecordRef record) =>
        $"{TableKeys.Encode(tenantId)}|{mesaId}|{record.Letter}|{record.Number:D7}";

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>.</summary>
    public static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
