using MesaBot.Documents;

namespace MesaBot.TestData;

/// <summary>Actas to build: a full one as a session of the Resiliencia mesa would leave it, and a large one.</summary>
public static class ActaSamples
{
    public static ActaContent Full() => new()
    {
        MesaName = "Mesa de Resiliencia",
        MesaCode = "RES",
        SessionNumber = 7,
        Date = new DateOnly(2026, 12, 15),
        StartedAt = new TimeOnly(10, 0),
        EndedAt = new TimeOnly(11, 30),
        Modality = ActaModality.Hybrid,
        Attendees = ["Ana Díaz", "Pedro Rojas", "Camila Muñoz"],
        Apologies = ["Jorge Soto"],
        PartnerRepresentatives = [new("CChC", "María Fernández"), new("Colegio de Ingenieros", "Luis Araya")],
        Agenda = ["Revisión de pendientes", "Plan de invierno 2027", "Varios"],
        Agreements =
        [
            new("A-12", "Aprobar el plan de invierno con las observaciones de la CChC."),
            new("A-13", "Publicar las bases en diciembre.", AnnulledReason: "se posterga a enero por la veda"),
            new("A-14", "Convocar a la DOH a la próxima sesión."),
        ],
        Tasks =
        [
            new("T-34", "Revisar las bases técnicas", "Ana Díaz", new DateOnly(2026, 12, 22)),
            new("T-35", "Enviar el catastro de puentes", "Pedro Rojas", new DateOnly(2027, 1, 8)),
        ],
        Commitments = [new("C-7", "CChC", "María Fernández", "Enviar costos unitarios", new DateOnly(2026, 12, 30), "Camila Muñoz")],
        CarriedForward =
        [
            new("T-30", "Actualizar la matriz de riesgos", "Pedro Rojas", new DateOnly(2026, 12, 20), ActaOutcome.Reassigned,
                ["Ana Díaz → Pedro Rojas", "vence 10/12 → 20/12"]),
            new("T-31", "Informe de caudales", "Camila Muñoz", new DateOnly(2026, 12, 1), ActaOutcome.Completed, []),
        ],
        NextSession = new(new DateOnly(2026, 12, 22), new TimeOnly(10, 0), "Sala 3, piso 5"),
    };

    /// <summary>An acta with <paramref name="records"/> tasks, agreements and commitments each, for size bounds.</summary>
    public static ActaContent Large(int records) => Full() with
    {
        Agreements = [.. Enumerable.Range(1, records).Select(i => new ActaAgreement($"A-{i}", $"Acuerdo número {i} sobre la coordinación de obras de emergencia en la región."))],
        Tasks = [.. Enumerable.Range(1, records).Select(i => new ActaTask($"T-{i}", $"Tarea número {i}: revisar antecedentes del contrato {i}", "Ana Díaz", new DateOnly(2027, 1, 1).AddDays(i)))],
        Commitments = [.. Enumerable.Range(1, records).Select(i => new ActaCommitment($"C-{i}", "CChC", "María Fernández", $"Compromiso {i} del socio", new DateOnly(2027, 2, 1).AddDays(i), "Camila Muñoz"))],
    };
}
