using MesaBot.Documents;
using MesaBot.Documents.Acta;
using MesaBot.TestData;

namespace MesaBot.Tests.Documents;

public sealed class ActaDocumentBuilderTests
{
    private readonly ActaDocumentBuilder _builder = new();

    [Fact]
    public void Build_FullActa_ValidatesWithNoErrors()
    {
        var file = _builder.Build(ActaSamples.Full());

        var word = WordText.Read(file.Content);

        Assert.True(word.Errors.Count == 0, string.Join("\n", word.Errors));
        Assert.Equal(DocumentFile.WordContentType, file.ContentType);
        Assert.Equal("Acta_RES_sesion_07.docx", file.FileName);
    }

    [Fact]
    public void Build_FullActa_SaysTheSessionInSpanishWithChileanDates()
    {
        var word = WordText.Read(_builder.Build(ActaSamples.Full()).Content);

        Assert.Equal("Acta de la sesión N° 7", word.Body[0]);
        Assert.Contains("Fecha: martes 15 de diciembre de 2026", word.Body);
        Assert.Contains("Hora: 10:00–11:30 hrs.", word.Body);
        Assert.Contains("Modalidad: Híbrida (presencial y en línea)", word.Body);
        Assert.Contains("martes 22 de diciembre de 2026, 10:00 hrs.", word.Body);
        Assert.Contains("Lugar: Sala 3, piso 5", word.Body);
        Assert.Contains("Mesa de Resiliencia · Sesión 7", word.Header);
        Assert.Equal("Página [PAGE] de [NUMPAGES]", word.Footer);
    }

    [Fact]
    public void Build_FullActa_EveryRecordPresentInTheOrderLoggedAndNumbered()
    {
        var word = WordText.Read(_builder.Build(ActaSamples.Full()).Content);

        string[] expected =
        [
            "Asistentes", "1. Ana Díaz", "2. Pedro Rojas", "3. Camila Muñoz",
            "Excusas", "1. Jorge Soto",
            "Representantes de socios", "Socio", "Representante", "CChC", "María Fernández", "Colegio de Ingenieros", "Luis Araya",
            "Tabla", "1. Revisión de pendientes", "2. Plan de invierno 2027", "3. Varios",
            "Acuerdos", "1. (A-12) Aprobar el plan de invierno con las observaciones de la CChC.",
            "2. (A-13) Publicar las bases en diciembre. — Anulado: se posterga a enero por la veda",
            "3. (A-14) Convocar a la DOH a la próxima sesión.",
            "Tareas", "N°", "Tarea", "Responsable", "Plazo",
            "T-34", "Revisar las bases técnicas", "Ana Díaz", "22/12/2026",
            "T-35", "Enviar el catastro de puentes", "Pedro Rojas", "08/01/2027",
            "Compromisos de socios", "N°", "Socio", "Contacto", "Compromiso", "Plazo", "Seguimiento",
            "C-7", "CChC", "María Fernández", "Enviar costos unitarios", "30/12/2026", "Camila Muñoz",
            "Seguimiento de pendientes", "N°", "Pendiente", "Responsable", "Plazo", "Resultado", "Cambios",
            "T-30", "Actualizar la matriz de riesgos", "Pedro Rojas", "20/12/2026", "Reasignado", "Ana Díaz → Pedro Rojas\nvence 10/12 → 20/12",
            "T-31", "Informe de caudales", "Camila Muñoz", "01/12/2026", "Cumplido", "Sin cambios",
            "Próxima sesión",
        ];
        var from = word.Body.ToList().IndexOf("Asistentes");
        Assert.Equal(expected, word.Body.Skip(from).Take(expected.Length));
    }

    [Fact]
    public void Build_AnnulledAgreement_StruckThroughWithItsReasonLegible()
    {
        var word = WordText.Read(_builder.Build(ActaSamples.Full()).Content);

        Assert.Equal(["Publicar las bases en diciembre."], word.Struck);
    }

    [Fact]
    public void Build_Draft_SaysBorradorInHeaderBodyAndApproval()
    {
        var word = WordText.Read(_builder.Build(ActaSamples.Full()).Content);

        Assert.Contains("BORRADOR", word.Header);
        Assert.Contains("BORRADOR", word.Body);
        Assert.Contains("BORRADOR: pendiente de aprobación por la mesa.", word.Body);
        Assert.DoesNotContain(word.Body, p => p.StartsWith("Aprobada por", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ApprovedCorrection_NamesApproverAndTheVersionReplaced()
    {
        var acta = ActaSamples.Full() with
        {
            Version = 2,
            ReplacesVersion = 1,
            Approval = new ActaApproval("Ana Díaz", new DateTime(2026, 12, 22, 11, 5, 0)),
        };

        var file = _builder.Build(acta);
        var word = WordText.Read(file.Content);

        Assert.True(word.Errors.Count == 0, string.Join("\n", word.Errors));
        Assert.Contains("Aprobada por Ana Díaz el martes 22 de diciembre de 2026 a las 11:05 hrs.", word.Body);
        Assert.Contains("Versión 2, reemplaza a la versión 1", word.Header);
        Assert.DoesNotContain("BORRADOR", word.Header);
        Assert.DoesNotContain("BORRADOR", word.All);
        Assert.Equal("Acta_RES_sesion_07_v2.docx", file.FileName);
    }

    [Fact]
    public void Build_OpenSessionWithEmptySections_SaysInCourseAndNoneInEach()
    {
        var acta = ActaSamples.Full() with { EndedAt = null, Attendees = [], Apologies = [], Agenda = [], Tasks = [], Commitments = [], CarriedForward = [], NextSession = null };

        var word = WordText.Read(_builder.Build(acta).Content);

        Assert.True(word.Errors.Count == 0, string.Join("\n", word.Errors));
        Assert.Contains("Hora: 10:00 hrs. (en curso)", word.Body);
        // Apologies, agenda, tasks, commitments, carried forward; attendance not taken is not "nobody came".
        Assert.Equal(5, word.Body.Count(p => p == "No hubo."));
        Assert.Single(word.Body, p => p == "Sin registrar");
        Assert.Equal("Sin registrar", word.Body[word.Body.ToList().IndexOf("Asistentes") + 1]);
        Assert.Contains("Por definir.", word.Body);
    }

    [Fact]
    public void Build_English_WordsTheLabelsInEnglish()
    {
        var file = _builder.Build(ActaSamples.Full() with { Language = "en" });
        var word = WordText.Read(file.Content);

        Assert.True(word.Errors.Count == 0, string.Join("\n", word.Errors));
        Assert.Equal("Minutes of session No. 7", word.Body[0]);
        Assert.Contains("Date: Tuesday, December 15, 2026", word.Body);
        Assert.Equal("Page [PAGE] of [NUMPAGES]", word.Footer);
        Assert.Equal("Minutes_RES_session_07.docx", file.FileName);
    }

    [Fact]
    public void Build_SameContentTwice_ByteIdenticalSoTheHashIdentifiesIt()
    {
        var first = _builder.Build(ActaSamples.Full());
        var second = new ActaDocumentBuilder().Build(ActaSamples.Full());

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(first.Content, second.Content);
        // Two builds a second apart would still differ if any entry kept the time it was written.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first.Content));
        Assert.All(zip.Entries, e => Assert.Equal(2000, e.LastWriteTime.Year));
    }

    [Fact]
    public void Build_OneWordChanged_DifferentHash()
    {
        var changed = ActaSamples.Full() with { Attendees = ["Ana Díaz", "Pedro Rojas", "Camila Muñiz"] };

        Assert.NotEqual(_builder.Build(ActaSamples.Full()).Sha256, _builder.Build(changed).Sha256);
    }

    [Fact]
    public void Build_HundredRecordsOfEachKind_Under200KilobytesAndValid()
    {
        var file = _builder.Build(ActaSamples.Large(100));

        Assert.True(file.Content.Length < 200 * 1024, $"{file.Content.Length} bytes");
        var word = WordText.Read(file.Content);
        Assert.True(word.Errors.Count == 0, string.Join("\n", word.Errors));
        Assert.Contains("T-100", word.Body);
        Assert.Contains(word.Body, p => p.StartsWith("100. (A-100) ", StringComparison.Ordinal));
    }
}
