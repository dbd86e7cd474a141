using Azure;
using Azure.Data.Tables;

namespace MesaBot.Records.Stores;

/// <summary>
/// The one row shape of tareas and compromisos ("T|n" / "C|n" and their "open|" copies). It keeps the
/// column names each kind has always had: a tarea's accountable person is OwnerId/OwnerName/OwnerTeamsId,
/// a compromiso's FollowerId/FollowerName/FollowerTeamsId, and only compromisos have Partner, ContactName
/// and ContactEmail. Built over a <see cref="TableEntity"/> so columns it does not know (ActivityId, and
/// any added later) survive a change untouched. Internal to the stores: no entity leaves them.
/// </summary>
internal sealed class ItemRow
{
    private static readonly HashSet<string> ServiceColumns = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    private readonly TableEntity _columns;

    private ItemRow(RecordKind kind, TableEntity columns, ETag etag)
    {
        Kind = kind;
        _columns = columns;
        ETag = etag;
    }

    public RecordKind Kind { get; }

    public ETag ETag { get; }

    public string PartitionKey => _columns.PartitionKey;

    public int Number => _columns.GetInt32(nameof(Number))!.Value;

    public long Revision
    {
        get => _columns.GetInt64(nameof(Revision))!.Value;
        set => _columns[nameof(Revision)] = value;
    }

    public string Text
    {
        get => _columns.GetString(nameof(Text));
        set => _columns[nameof(Text)] = value;
    }

    public string DueDate
    {
        get => _columns.GetString(nameof(DueDate));
        set => _columns[nameof(DueDate)] = value;
    }

    public ItemStatus Status
    {
        get => StoredStatus.Parse(_columns.GetString(nameof(Status)));
        set => _columns[nameof(Status)] = value.ToString();
    }

    public Person Accountable
    {
        get => new(_columns.GetString(Who.Id), _columns.GetString(Who.Name), _columns.GetString(Who.TeamsId));
        set
        {
            _columns[Who.Id] = value.ObjectId;
            _columns[Who.Name] = value.Name;
            Set(Who.TeamsId, value.TeamsUserId);
        }
    }

    // The accountable person's columns, as each kind has always stored them (named once: a list reads 50 rows a turn).
    private PersonColumns Who => Kind == RecordKind.Commitment ? PersonColumns.Follower : PersonColumns.Owner;

    private sealed record PersonColumns(string Id, string Name, string TeamsId)
    {
        public static readonly PersonColumns Owner = new("OwnerId", "OwnerName", "OwnerTeamsId");
        public static readonly PersonColumns Follower = new("FollowerId", "FollowerName", "FollowerTeamsId");
    }

    /// <summary>A new record's row (revision 1, pendiente), before its number is known to anyone else.</summary>
    public static ItemRow New(Mesa mesa, RecordKind kind, int number, NewItemColumns item, Person creator, DateTimeOffset now, string? activityId, int? session = null)
    {
        var row = new ItemRow(kind, new TableEntity(RecordKeys.MesaPartition(mesa), RecordKeys.RecordRow(kind, number)), default);
        row._columns["Number"] = number;
        if (kind == RecordKind.Commitment)
        {
            row._columns["Partner"] = item.Partner;
            row.Set("ContactName", item.ContactName);
            row.Set("ContactEmail", item.ContactEmail);
        }

        row.Set("SourceMessageUrl", item.SourceMessageUrl);
        row.Text = item.Text;
        row.DueDate = RecordDates.Format(item.DueDate);
        row.Set("DueTime", item.DueTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        row.Status = ItemStatus.Pendiente;
        row.Accountable = item.Accountable;
        row.Set("AgreementNumber", item.AgreementNumber);
        row._columns["CreatedById"] = creator.ObjectId;
        row._columns["CreatedByName"] = creator.Name;
        row._columns["CreatedAt"] = now;
        row.Revision = 1;
        row.Set("ActivityId", activityId);
        row.Set(RecordKeys.SessionNumberColumn, session);
        return row;
    }

    /// <summary>A row as read: the kind comes from its key ("T|…", "open|C|…").</summary>
    public static ItemRow From(TableEntity read)
    {
        var key = read.RowKey.AsSpan();
        key = key.StartsWith("open|", StringComparison.Ordinal) ? key["open|".Length..] : key;
        var kind = key[0] == RecordRef.LetterOf(RecordKind.Commitment) ? RecordKind.Commitment : RecordKind.ActionItem;
        // The entity as read becomes the row's columns (no copy: a list reads 50 of them per turn); the
        // service's own columns go, the keys stay.
        var etag = read.ETag;
        read.Remove("Timestamp");
        read.Remove("odata.etag");
        return new ItemRow(kind, read, etag);
    }

    public void SetCompletion(Person? by, DateTimeOffset? at)
    {
        Set("CompletedById", by?.ObjectId);
        Set("CompletedByName", by?.Name);
        Set("CompletedAt", at);
    }

    /// <summary>The row to write under its own key (the record).</summary>
    public ITableEntity Record() => CopyAs(RecordKeys.RecordRow(Kind, Number));

    /// <summary>The same columns under "open|…", the copy that makes "pendientes" one range query.</summary>
    public ITableEntity OpenCopy() => CopyAs(RecordKeys.OpenRow(Kind, Number));

    /// <summary>
    /// What a list shows of an item, and all <see cref="ToPending"/> reads: a list query selects only these
    /// columns ($select), so neither the emulator nor this host handles history, authors or links it never shows.
    /// </summary>
    public static readonly string[] ListColumns =
    [
        "RowKey", nameof(Number), nameof(Text), nameof(DueDate), nameof(Status), nameof(Revision), "Partner",
        "OwnerId", "OwnerName", "OwnerTeamsId", "FollowerId", "FollowerName", "FollowerTeamsId",
    ];

    /// <summary>The list view of a row read with <see cref="ListColumns"/> (or whole).</summary>
    public PendingItem ToPending(Mesa mesa) =>
        new(mesa.TenantId, mesa.Id, mesa.Code, new RecordRef(Kind, Number), Text, RecordDates.Parse(DueDate), Status, Accountable, _columns.GetString("Partner"), Revision);

    public OpenItem ToItem() => new(
        Kind,
        Number,
        Text,
        Accountable,
        RecordDates.Parse(DueDate),
        Status,
        new Person(_columns.GetString("CreatedById"), _columns.GetString("CreatedByName")),
        _columns.GetDateTimeOffset("CreatedAt")!.Value,
        _columns.GetString("CompletedById") is { } completedBy ? new Person(completedBy, _columns.GetString("CompletedByName") ?? completedBy) : null,
        _columns.GetDateTimeOffset("CompletedAt"),
        Revision.ToString())
    {
        AgreementNumber = _columns.GetInt32("AgreementNumber"),
        Partner = _columns.GetString("Partner"),
        ContactName = _columns.GetString("ContactName"),
        ContactEmail = _columns.GetString("ContactEmail"),
        SourceMessageUrl = _columns.GetString("SourceMessageUrl"),
        SessionNumber = _columns.GetInt32(RecordKeys.SessionNumberColumn),
        DueTime = TimeOnly.TryParseExact(_columns.GetString("DueTime"), "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time) ? time : null,
    };

    private TableEntity CopyAs(string rowKey)
    {
        var copy = new TableEntity(_columns.PartitionKey, rowKey);
        foreach (var (name, value) in _columns.Where(c => !ServiceColumns.Contains(c.Key)))
        {
            copy[name] = value;
        }

        return copy;
    }

    // An absent value is an absent column, as Azure stores a null property.
    private void Set(string column, object? value)
    {
        if (value is null)
        {
            _columns.Remove(column);
        }
        else
        {
            _columns[column] = value;
        }
    }
}

/// <summary>What a create writes, already cleaned: the fields of either kind.</summary>
internal sealed record NewItemColumns(string Text, Person Accountable, DateOnly DueDate)
{
    public int? AgreementNumber { get; init; }
    public string? Partner { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? SourceMessageUrl { get; init; }
    public TimeOnly? DueTime { get; init; }
    public int? ForSession { get; init; }
}
