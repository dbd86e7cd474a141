using MesaBot.Records;

namespace MesaBot.TestData;

/// <summary>
/// An item for tests, as a tarea (<see cref="Task"/>) or a compromiso (<see cref="Commitment"/>): one record
/// type either way, the accountable person being the tarea's owner or the compromiso's follower.
/// Defaults: number 3, pendiente, due 1 January 2026, version "1", created at the Unix epoch.
/// </summary>
public sealed record ItemBuilder
{
    private static readonly Person Someone = new("aaaaaaaa-0000-0000-0000-000000000001", "Ana Pérez");

    public int Number { get; init; } = 3;
    public string Text { get; init; } = "Revisar las bases técnicas";
    public Person Accountable { get; init; } = Someone;
    public DateOnly DueDate { get; init; } = new(2026, 1, 1);
    public ItemStatus Status { get; init; } = ItemStatus.Pendiente;
    public Person CreatedBy { get; init; } = Someone;
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UnixEpoch;
    public Person? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string Version { get; init; } = "1";

    /// <summary>Tareas only: the acuerdo it comes from.</summary>
    public int? AgreementNumber { get; init; }

    /// <summary>Compromisos only.</summary>
    public string Partner { get; init; } = "Cámara Chilena de la Construcción";
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }

    public OpenItem Task() => Build(RecordKind.ActionItem) with { AgreementNumber = AgreementNumber };

    public OpenItem Commitment() => Build(RecordKind.Commitment) with { Partner = Partner, ContactName = ContactName, ContactEmail = ContactEmail };

    private OpenItem Build(RecordKind kind) =>
        new(kind, Number, Text, Accountable, DueDate, Status, CreatedBy, CreatedAt, CompletedBy, CompletedAt, Version);
}
