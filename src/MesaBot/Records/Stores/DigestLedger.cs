using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// What the weekly digest needs of one record (or session), small enough that a mesa's summary is one row:
/// the digest's dates and counts come from these, never from the records. Every change of a record writes its
/// entry again, whole, as a "sync|D|…" outbox row in the change's own transaction (an Add: no read, no ETag, so
/// changes to different items never conflict on the summary); <see cref="DigestOutbox"/> moves it to the
/// digests table, and the digest folds those onto the mesa's base, keeping per record the entry with the
/// highest revision (docs/storage.md, DigestSummaryStore).
/// </summary>
internal sealed record DigestEntry
{
    public const string Session = "S";

    /// <summary>"A", "T", "C" (the record's letter) or "S" (a session).</summary>
    [JsonPropertyName("k")] public string Kind { get; init; } = string.Empty;
    [JsonPropertyName("n")] public int Number { get; init; }
    [JsonPropertyName("r")] public long Revision { get; init; }
    [JsonPropertyName("t")] public string? Text { get; init; }

    /// <summary>Due date of a tarea or compromiso, agreed date of an acuerdo (yyyy-MM-dd).</summary>
    [JsonPropertyName("d")] public string? Date { get; init; }
    [JsonPropertyName("s")] public ItemStatus? Status { get; init; }

    /// <summary>Created (items), started (sessions): Unix milliseconds, so instants compare exactly with the week's local midnights.</summary>
    [JsonPropertyName("c")] public long? At { get; init; }

    /// <summary>Closed (cumplida or cancelada), Unix milliseconds.</summary>
    [JsonPropertyName("x")] public long? ClosedAt { get; init; }
    [JsonPropertyName("wi")] public string? WhoId { get; init; }
    [JsonPropertyName("wn")] public string? WhoName { get; init; }

    /// <summary>
    /// In a base row, the owner or author as a place in the row's list of people instead of WhoId and WhoName: a mesa
    /// has a few people and hundreds of entries, and the id and name were a third of every entry's size.
    /// </summary>
    [JsonPropertyName("o")] public int? WhoAt { get; init; }
    [JsonPropertyName("p")] public string? Partner { get; init; }

    /// <summary>A session closed whose acta is not approved yet (a correction reopens it): the digest lists those whatever their age.</summary>
    [JsonPropertyName("w")] public bool? AwaitingApproval { get; init; }

    // An annulled acuerdo: when, why, by whom.
    [JsonPropertyName("z")] public long? AnnulledAt { get; init; }
    [JsonPropertyName("zr")] public string? AnnulledReason { get; init; }
    [JsonPropertyName("zi")] public string? AnnulledById { get; init; }
    [JsonPropertyName("zn")] public string? AnnulledByName { get; init; }

    /// <summary>Which record (or session) the entry describes; a value, so folding 100,000 entries makes no key strings.</summary>
    [JsonIgnore] public (string Kind, int Number) Key => (Kind, Number);

    public static DigestEntry Of(OpenItem item) => new()
    {
        Kind = RecordRef.LetterOf(item.Kind).ToString(),
        Number = item.Number,
        Revision = long.Parse(item.Version, System.Globalization.CultureInfo.InvariantCulture),
        Text = item.Text,
        Date = RecordDates.Format(item.DueDate),
        Status = item.Status,
        At = item.CreatedAt.ToUnixTimeMilliseconds(),
        ClosedAt = item.CompletedAt?.ToUnixTimeMilliseconds(),
        WhoId = item.Accountable.ObjectId,
        WhoName = item.Accountable.Name,
        Partner = item.Partner,
    };

    public static DigestEntry Of(Agreement agreement) => new()
    {
        Kind = RecordRef.LetterOf(RecordKind.Agreement).ToString(),
        Number = agreement.Number,
        Revision = long.Parse(agreement.Version, System.Globalization.CultureInfo.InvariantCulture),
        Text = agreement.Text,
        Date = RecordDates.Format(agreement.AgreedOn),
        At = agreement.CreatedAt.ToUnixTimeMilliseconds(),
        WhoId = agreement.Author.ObjectId,
        WhoName = agreement.Author.Name,
        AnnulledAt = agreement.Annulment?.At.ToUnixTimeMilliseconds(),
        AnnulledReason = agreement.Annulment?.Reason,
        AnnulledById = agreement.Annulment?.By.ObjectId,
        AnnulledByName = agreement.Annulment?.By.Name,
    };

    // The digest needs of a session only when it started and whether its acta awaits approval; its revision is the session row's.
    public static DigestEntry OfSession(int number, DateTimeOffset startedAt, long revision, bool awaitingApproval) => new()
    {
        Kind = Session, Number = number, Revision = revision, At = startedAt.ToUnixTimeMilliseconds(), AwaitingApproval = awaitingApproval ? true : null,
    };

    /// <summary>
    /// The entry as an outbox row, to add to the transaction of the change it describes. <c>WrittenAt</c> lets
    /// <see cref="IndexSweep"/> tell an outbox row a crash left behind from one being moved right now.
    /// </summary>
    public ITableEntity Delta(string partition, DateTimeOffset now) =>
        new TableEntity(partition, RecordKeys.DigestOutboxRow(now)) { [EntryColumn] = ToJson(), [PendingIndex.MarkerWrittenAt] = now };

    public const string EntryColumn = "E";

    public string ToJson() => JsonSerializer.Serialize(this, DigestEntryJson.Default.DigestEntry);

    /// <summary>The entry as a base row keeps it: its person replaced by their place in <paramref name="people"/>, added there if new.</summary>
    public DigestEntry WithPersonIn(List<string[]> people, Dictionary<(string, string), int> places)
    {
        if (WhoId is null && WhoName is null)
        {
            return this;
        }

        var who = (WhoId ?? string.Empty, WhoName ?? string.Empty);
        if (!places.TryGetValue(who, out var at))
        {
            places[who] = at = people.Count;
            people.Add([who.Item1, who.Item2]);
        }

        return this with { WhoId = null, WhoName = null, WhoAt = at };
    }

    /// <summary>The entry read from a base row, its person looked up again (an entry that names its person is returned as is).</summary>
    public DigestEntry WithPersonFrom(IReadOnlyList<string[]> people) =>
        WhoAt is { } at && at < people.Count ? this with { WhoId = people[at][0], WhoName = people[at][1], WhoAt = null } : this;

    /// <summary>One entry from its JSON, read in place (a line of a base row's chunk): no string per line.</summary>
    public static DigestEntry FromJson(ReadOnlySpan<char> json) => JsonSerializer.Deserialize(json, DigestEntryJson.Default.DigestEntry)!;

    public OpenItem ToItem() => new(
        Kind == RecordRef.LetterOf(RecordKind.Commitment).ToString() ? RecordKind.Commitment : RecordKind.ActionItem,
        Number,
        Text ?? string.Empty,
        new Person(WhoId ?? string.Empty, WhoName ?? string.Empty),
        RecordDates.Parse(Date!),
        Status ?? ItemStatus.Pendiente,
        new Person(string.Empty, string.Empty),
        DateTimeOffset.FromUnixTimeMilliseconds(At ?? 0),
        null,
        ClosedAt is { } x ? DateTimeOffset.FromUnixTimeMilliseconds(x) : null,
        Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Partner = Partner,
    };

    public Agreement ToAgreement() => new(
        Number, Text ?? string.Empty, RecordDates.Parse(Date!), null, new Person(WhoId ?? string.Empty, WhoName ?? string.Empty), null,
        DateTimeOffset.FromUnixTimeMilliseconds(At ?? 0), Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Annulment = AnnulledAt is { } z
            ? new AgreementAnnulment(AnnulledReason ?? string.Empty, new Person(AnnulledById ?? string.Empty, AnnulledByName ?? string.Empty), DateTimeOffset.FromUnixTimeMilliseconds(z))
            : null,
    };
}

/// <summary>
/// The entries' JSON, generated at build time: a digest parses one entry per countable record of every mesa
/// (100,000 for 200 busy mesas), and the generated reader takes a fraction of the reflection-based one's time.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DigestEntry))]
[JsonSerializable(typeof(string[][]))]
internal sealed partial class DigestEntryJson : JsonSerializerContext;
