using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using MesaBot.Records.Stores;

namespace MesaBot.Records.Sessions;

/// <summary>
/// The row of a session ("session|0000007" in the mesa's partition). Its lists are JSON columns: a session
/// holds tens of names and items, far under the 64 KiB a column may hold (the agenda is capped for that).
/// Internal to the sessions' store: no entity leaves it.
/// </summary>
internal sealed class SessionRow : ITableEntity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Number { get; set; }
    public string? Title { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string Modality { get; set; } = nameof(SessionModality.InPerson);
    public string? MeetingId { get; set; }
    public string? ConversationKey { get; set; }
    public DateTimeOffset? CloseAskedAt { get; set; }
    public string OpenedById { get; set; } = string.Empty;
    public string OpenedByName { get; set; } = string.Empty;
    public string? Attendees { get; set; }
    public string? Apologies { get; set; }
    public string? Representatives { get; set; }
    public string? Agenda { get; set; }
    public string? FollowUps { get; set; }
    public string FirstNumbers { get; set; } = string.Empty;
    public string? LastNumbers { get; set; }
    public string? LateNumbers { get; set; }
    public string? NextDate { get; set; }
    public string? NextTime { get; set; }
    public int ActaVersion { get; set; } = 1;
    public string? Draft { get; set; }
    public string? Approvals { get; set; }
    public long Revision { get; set; }

    public static SessionRow From(Mesa mesa, Session session)
    {
        var row = new SessionRow { PartitionKey = RecordKeys.MesaPartition(mesa), RowKey = RecordKeys.SessionRow(session.Number) };
        row.Write(session);
        return row;
    }

    public void Write(Session session)
    {
        Number = session.Number;
        Title = session.Title;
        StartedAt = session.StartedAt;
        EndedAt = session.EndedAt;
        Modality = session.Modality.ToString();
        MeetingId = session.MeetingId;
        ConversationKey = session.ConversationKey;
        CloseAskedAt = session.CloseAskedAt;
        OpenedById = session.OpenedBy.ObjectId;
        OpenedByName = session.OpenedBy.Name;
        Attendees = ToJson(session.Attendees);
        Apologies = ToJson(session.Apologies);
        Representatives = ToJson(session.Representatives);
        Agenda = ToJson(session.Agenda);
        FollowUps = ToJson(session.FollowUps);
        FirstNumbers = JsonSerializer.Serialize(session.FirstNumbers, Json);
        LastNumbers = session.LastNumbers is null ? null : JsonSerializer.Serialize(session.LastNumbers, Json);
        LateNumbers = session.LateNumbers is null ? null : JsonSerializer.Serialize(session.LateNumbers, Json);
        NextDate = session.Next is { } next ? RecordDates.Format(next.Date) : null;
        NextTime = session.Next?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        ActaVersion = session.ActaVersion;
        Draft = session.Draft is null ? null : JsonSerializer.Serialize(session.Draft, Json);
        Approvals = ToJson(session.Approvals);
        Revision = long.Parse(session.Version);
    }

    public Session ToSession() => new(Number, Title, StartedAt, new Person(OpenedById, OpenedByName), Revision.ToString())
    {
        EndedAt = EndedAt,
        Modality = Enum.TryParse<SessionModality>(Modality, out var modality) ? modality : SessionModality.InPerson,
        MeetingId = MeetingId,
        ConversationKey = ConversationKey,
        CloseAskedAt = CloseAskedAt,
        Attendees = FromJson<SessionPerson>(Attendees),
        Apologies = FromJson<SessionPerson>(Apologies),
        Representatives = FromJson<PartnerRepresentative>(Representatives),
        Agenda = FromJson<CarriedItem>(Agenda),
        FollowUps = FromJson<FollowedAgreement>(FollowUps),
        FirstNumbers = JsonSerializer.Deserialize<RecordNumbers>(FirstNumbers, Json)!,
        LastNumbers = LastNumbers is null ? null : JsonSerializer.Deserialize<RecordNumbers>(LastNumbers, Json),
        LateNumbers = LateNumbers is null ? null : JsonSerializer.Deserialize<RecordNumbers>(LateNumbers, Json),
        Next = NextDate is null ? null : new NextSession(RecordDates.Parse(NextDate), NextTime is null ? null : TimeOnly.ParseExact(NextTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        ActaVersion = ActaVersion,
        Draft = Draft is null ? null : JsonSerializer.Deserialize<StoredDocument>(Draft, Json),
        Approvals = FromJson<ActaApprovalRecord>(Approvals),
    };

    private static string? ToJson<T>(IReadOnlyList<T> list) => list.Count == 0 ? null : JsonSerializer.Serialize(list, Json);

    private static IReadOnlyList<T> FromJson<T>(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
}
