using MesaBot.Documents.Workbook;

namespace MesaBot.Tests.Documents;

public sealed class RecordsWorkbookBuilderTests
{
    private static readonly DateOnly Today = new(2026, 12, 15);

    private readonly RecordsWorkbookBuilder _builder = new();

    private static RecordsExport Resiliencia() => new()
    {
        Code = "RES",
        MadeOn = Today,
        Agreements =
        [
            new ExportAgreement("RES", "A-1", "Aprobar el plan de invierno", new DateOnly(2026, 12, 1), "S-7", "Ana Díaz"),
            new ExportAgreement("RES", "A-2", "Publicar bases", new DateOnly(2026, 12, 1), null, "Ana Díaz")
            {
                AnnulledReason = "se posterga",
                History = ["01/12/2026 Ana Díaz: creado", "03/12/2026 Ana Díaz: anulado (se posterga)"],
            },
        ],
        Tasks =
        [
            new ExportItem("RES", "T-1", "Revisar bases", ExportStatus.InProgress, "Pedro Rojas", new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 1), "Ana Díaz") { Agreement = "A-1" },
            new ExportItem("RES", "T-2", "Informe de caudales", ExportStatus.Done, "Camila Muñoz", new DateOnly(2026, 12, 5), new DateOnly(2026, 11, 20), "Ana Díaz") { ClosedOn = new DateOnly(2026, 12, 4) },
        ],
        Commitments =
        [
            new ExportItem("RES", "C-1", "Enviar costos", ExportStatus.Pending, "Camila Muñoz", new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 1), "Ana Díaz")
            {
                Partner = "CChC",
                Contact = "María Fernández",
            },
        ],
    };

    [Fact]
    public void Build_OneMesa_ValidSheetPerKindWithEveryRecord()
    {
        var file = _builder.Build(Resiliencia());

        var book = WorkbookCells.Read(file.Content);

        Assert.True(book.Errors.Count == 0, string.Join("\n", book.Errors));
        Assert.Equal(["Acuerdos", "Tareas", "Compromisos"], book.Sheets.Keys);
        Assert.Equal("Registros_RES_2026-12-15.xlsx", file.FileName);
        var agreements = book.Sheets["Acuerdos"];
        Assert.Equal(["N°", "Texto", "Estado", "Fecha del acuerdo", "Sesión", "Registrado por", "Motivo de anulación", "Historial"], agreements[0]);
        Assert.Equal(["A-1", "Aprobar el plan de invierno", "Vigente", "01/12/2026", "S-7", "Ana Díaz", "", ""], agreements[1]);
        Assert.Equal(["A-2", "Publicar bases", "Anulado", "01/12/2026", "", "Ana Díaz", "se posterga", "01/12/2026 Ana Díaz: creado\n03/12/2026 Ana Díaz: anulado (se posterga)"], agreements[2]);
        var tasks = book.Sheets["Tareas"];
        Assert.Equal(["T-1", "Revisar bases", "En curso", "Pedro Rojas", "22/12/2026", "01/12/2026", "Ana Díaz", "", "A-1", "", ""], tasks[1]);
        Assert.Equal(["T-2", "Informe de caudales", "Cumplida", "Camila Muñoz", "05/12/2026", "20/11/2026", "Ana Díaz", "04/12/2026", "", "", ""], tasks[2]);
        var commitments = book.Sheets["Compromisos"];
        Assert.Equal(["N°", "Socio", "Contacto", "Compromiso", "Estado", "Seguimiento", "Plazo", "Creado", "Creado por", "Cerrado", "Sesión", "Historial"], commitments[0]);
        Assert.Equal(["C-1", "CChC", "María Fernández", "Enviar costos", "Pendiente", "Camila Muñoz", "30/12/2026", "01/12/2026", "Ana Díaz", "", "", ""], commitments[1]);
    }

    [Fact]
    public void Build_AllMesas_MesaColumnFirstAndCommitteeFileName()
    {
        var export = Resiliencia() with
        {
            AllMesas = true,
            Code = "COM",
            Tasks = [.. Resiliencia().Tasks, new ExportItem("BIM", "T-9", "Modelo BIM", ExportStatus.Pending, "Luis Araya", Today, Today, "Luis Araya")],
        };

        var file = _builder.Build(export);
        var book = WorkbookCells.Read(file.Content);

        Assert.True(book.Errors.Count == 0, string.Join("\n", book.Errors));
        Assert.Equal("Registros_todas_las_mesas_2026-12-15.xlsx", file.FileName);
        Assert.Equal("Mesa", book.Sheets["Tareas"][0][0]);
        Assert.Equal(["RES", "RES", "BIM"], book.Sheets["Tareas"].Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Build_NoRecords_HeadersOnlyAndValid()
    {
        var book = WorkbookCells.Read(_builder.Build(new RecordsExport { Code = "RES", MadeOn = Today }).Content);

        Assert.True(book.Errors.Count == 0, string.Join("\n", book.Errors));
        Assert.All(book.Sheets.Values, rows => Assert.Single(rows));
    }

    [Fact]
    public void Build_English_SheetsAndHeadersInEnglish()
    {
        var book = WorkbookCells.Read(_builder.Build(Resiliencia() with { Language = "en" }).Content);

        Assert.Equal(["Agreements", "Tasks", "Commitments"], book.Sheets.Keys);
        Assert.Equal("In progress", book.Sheets["Tasks"][1][2]);
    }

    [Fact]
    public void Build_SameExportTwice_ByteIdentical()
    {
        Assert.Equal(_builder.Build(Resiliencia()).Content, new RecordsWorkbookBuilder().Build(Resiliencia()).Content);
    }
}
