using MesaBot.Records;

namespace MesaBot.Reminders.Digest;

/// <summary>The committee's weekly digest: every active mesa of the tenant for the week [WeekStart, WeekStart + 7).</summary>
public sealed record DigestReport(string TenantId, DateOnly WeekStart, IReadOnlyList<MesaDigest> Mesas)
{
    public DateOnly WeekEnd => WeekStart.AddDays(7);

    public DigestNumbers Totals => DigestNumbers.Sum(Mesas.Select(m => m.Numbers));

    public DigestNumbers PreviousTotals => DigestNumbers.Sum(Mesas.Select(m => m.Previous));
}

/// <summary>One mesa's week: its standing agreements (annulled ones are in <see cref="Annulled"/>), completed tareas, open work by owner and commitments by partner.</summary>
public sealed record MesaDigest(
    Mesa Mesa,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<OpenItem> Completed,
    IReadOnlyList<OwnerLoad> ByOwner,
    IReadOnlyList<PartnerLoad> ByPartner,
    DigestNumbers Numbers,
    DigestNumbers Previous)
{
    /// <summary>Open items due in the week after the digest's week (the week the committee is starting).</summary>
    public int DueNextWeek { get; init; }

    /// <summary>Acuerdos annulled during the week (whenever they were agreed); never counted in <see cref="Agreements"/>.</summary>
    public IReadOnlyList<Agreement> Annulled { get; init; } = [];

    /// <summary>The open items worth naming: overdue, then due in the coming week, earliest first.</summary>
    public IReadOnlyList<DigestAttention> Attention { get; init; } = [];

    /// <summary>Numbers of the sessions that started in the week.</summary>
    public IReadOnlyList<int> SessionsHeld { get; init; } = [];

    /// <summary>Numbers of the closed sessions whose current acta is not approved yet.</summary>
    public IReadOnlyList<int> ActasAwaitingApproval { get; init; } = [];
}

public sealed record DigestAttention(RecordKind Kind, string Text, string Who, DateOnly Due);

/// <summary>Open tareas of one person at the end of the week: on time and overdue.</summary>
public sealed record OwnerLoad(Person Owner, int Pending, int Overdue);

/// <summary>Open compromisos of one partner at the end of the week.</summary>
public sealed record PartnerLoad(string Partner, int Pending, int Overdue);

/// <summary>
/// The counts compared week on week. Pending and Overdue count open tareas and compromisos at the end of
/// the week (overdue: due before the week's end); Completed counts tareas marked cumplida during the week.
/// </summary>
public sealed record DigestNumbers(int Agreements, int Completed, int Pending, int Overdue)
{
    public static DigestNumbers Sum(IEnumerable<DigestNumbers> all) => all.Aggregate(
        new DigestNumbers(0, 0, 0, 0),
        (a, b) => new DigestNumbers(a.Agreements + b.Agreements, a.Completed + b.Completed, a.Pending + b.Pending, a.Overdue + b.Overdue));
}
