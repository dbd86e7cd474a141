namespace MesaBot.Documents.Workbook;

/// <summary>
/// A mesa's records (or every mesa's, for the committee) as the workbook shows them, already read and worded by
/// the caller: the builder knows no store. Dates are the mesa's local dates; history lines are worded
/// ("02/12/2026 Ana Díaz: plazo 10/12 → 20/12") in the order they happened.
/// </summary>
public sealed record RecordsExport
{
    /// <summary>The mesa's code ("RES"), or the committee's when <see cref="AllMesas"/>; it names the file.</summary>
    public required string Code { get; init; }

    /// <summary>The mesa's local date the export was made: it names the file, so a re-export the same day is the same file.</summary>
    public required DateOnly MadeOn { get; init; }

    /// <summary>"es" (es-CL, the default) or "en".</summary>
    public string Language { get; init; } = "es";

    /// <summary>Rows from several mesas: each sheet gets a Mesa column.</summary>
    public bool AllMesas { get; init; }

    public IReadOnlyList<ExportAgreement> Agreements { get; init; } = [];

    public IReadOnlyList<ExportItem> Tasks { get; init; } = [];

    public IReadOnlyList<ExportItem> Commitments { get; init; } = [];
}

public sealed record ExportAgreement(string Mesa, string Id, string Text, DateOnly AgreedOn, string? Session, string Author)
{
    public string? AnnulledReason { get; init; }

    public IReadOnlyList<string> History { get; init; } = [];
}

public enum ExportStatus
{
    Pending,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>A tarea (owner) or compromiso (the member who follows it up, with partner and contact).</summary>
public sealed record ExportItem(string Mesa, string Id, string Text, ExportStatus Status, string Accountable, DateOnly DueDate, DateOnly CreatedOn, string CreatedBy)
{
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Tareas: the acuerdo ("A-3") it carries out.</summary>
    public string? Agreement { get; init; }

    public string? Partner { get; init; }

    public string? Contact { get; init; }

    public string? Session { get; init; }

    public IReadOnlyList<string> History { get; init; } = [];
}
