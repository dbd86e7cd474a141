using MesaBot.Extraction;
using MesaBot.Records;
using Xunit;
using static MesaBot.Tests.Extraction.ExtractorFixture;

namespace MesaBot.Tests.Extraction;

public sealed class CueRecordExtractorTests
{
    [Theory]
    [InlineData("Se acuerda realizar una jornada de difusión en marzo.", "Realizar una jornada de difusión en marzo")]
    [InlineData("Queda acordado que la secretaría convoque a las direcciones regionales.", "La secretaría convoque a las direcciones regionales")]
    [InlineData("Acordamos adoptar el estándar en los tres pilotos.", "Adoptar el estándar en los tres pilotos")]
    [InlineData("Por unanimidad se resuelve invitar a la USM a la sesión de diciembre.", "Invitar a la USM a la sesión de diciembre")]
    [InlineData("Existe consenso en priorizar los puentes de la ruta 5.", "Priorizar los puentes de la ruta 5")]
    [InlineData("Se aprueba el acta de la sesión N° 10 sin observaciones.", "Se aprueba el acta de la sesión N° 10 sin observaciones")]
    public void Extract_AgreementCue_AcuerdoWithoutTheCue(string sentence, string text)
    {
        var record = Single(sentence);

        Assert.Equal(ProposedKind.Agreement, record.Kind);
        Assert.Equal(text, record.Text);
        Assert.Null(record.DueDate);
    }

    [Theory]
    [InlineData("La CChC se compromete a enviar el informe de indicadores para el 11/12.", "Enviar el informe de indicadores")]
    [InlineData("La Cámara Chilena de la Construcción enviará el informe de indicadores el viernes 11 de diciembre.", "Enviar el informe de indicadores")]
    [InlineData("La CChC quedó comprometida a entregar el informe de indicadores el 11 de diciembre.", "Entregar el informe de indicadores")]
    [InlineData("Se solicita a la CChC enviar el informe de indicadores antes del 11/12.", "Enviar el informe de indicadores")]
    public void Extract_PartnerCommits_CompromisoWithPartnerAndDate(string sentence, string text)
    {
        var record = Single(sentence);

        Assert.Equal(ProposedKind.Commitment, record.Kind);
        Assert.Equal("Cámara Chilena de la Construcción", record.Partner);
        Assert.Equal(text, record.Text);
        Assert.Equal(new DateOnly(2026, 12, 11), record.DueDate);
    }

    [Theory]
    [InlineData("Queda a cargo de Luis Soto revisar las bases técnicas. Plazo: 15/12.", "Revisar las bases técnicas")]
    [InlineData("Luis Soto se encarga de revisar las bases técnicas para el 15 de diciembre.", "Revisar las bases técnicas")]
    [InlineData("Revisar las bases técnicas. Responsable: Luis Soto. Plazo: 15/12.", "Revisar las bases técnicas")]
    [InlineData("Tarea para Luis: revisar las bases técnicas antes del 15/12.", "Revisar las bases técnicas")]
    [InlineData("Luis Soto revisará las bases técnicas hasta el 15 de diciembre.", "Revisar las bases técnicas")]
    [InlineData("Luis quedó de revisar las bases técnicas para el 15/12.", "Revisar las bases técnicas")]
    [InlineData("Responsable de revisar las bases técnicas: Luis Soto, antes del 15/12.", "Revisar las bases técnicas")]
    [InlineData("Responsable de revisar las bases técnicas con la CChC: Luis, plazo 15 de diciembre.", "Revisar las bases técnicas con la CChC")]
    public void Extract_TaskCue_TareaWithOwnerAndDate(string sentence, string text)
    {
        var record = Single(sentence);

        Assert.Equal(ProposedKind.ActionItem, record.Kind);
        Assert.Equal(Luis, record.Owner);
        Assert.Equal(text, record.Text);
        Assert.Equal(new DateOnly(2026, 12, 15), record.DueDate);
    }

    [Theory]
    [InlineData("¿Alguien tiene comentarios?")]
    [InlineData("La próxima sesión será en enero.")]
    [InlineData("Se revisó el avance del estudio de brechas.")]
    [InlineData("Luis Soto presentó el avance del estudio y la CChC comentó los resultados.")]
    [InlineData("No hubo acuerdo sobre el uso de los datos de concesiones.")]
    [InlineData("Tal como se acordó en la sesión anterior, el estudio sigue su curso.")]
    [InlineData("Corfo no enviará observaciones a la propuesta.")]
    [InlineData("Ya se envió el informe a Corfo la semana pasada.")]
    [InlineData("Yo creo que deberíamos incluir la ruta 1.")]
    [InlineData("La sesión se realizará el martes 12 de enero a las 10:00 hrs.")]
    public void Extract_NoCue_NothingProposed(string sentence) =>
        Assert.Empty(Extract(sentence, speaker: Ana));

    [Fact]
    public void Extract_AgreementAndCommitmentInOneSentence_Both()
    {
        var records = Extract("Se acuerda extender el plazo de la encuesta y la CChC enviará un recordatorio a sus socios el viernes.");

        Assert.Collection(records,
            agreement =>
            {
                Assert.Equal(ProposedKind.Agreement, agreement.Kind);
                Assert.Equal("Extender el plazo de la encuesta", agreement.Text);
            },
            commitment =>
            {
                Assert.Equal(ProposedKind.Commitment, commitment.Kind);
                Assert.Equal("Cámara Chilena de la Construcción", commitment.Partner);
                Assert.Equal("Enviar un recordatorio a sus socios", commitment.Text);
                Assert.Equal(new DateOnly(2026, 12, 4), commitment.DueDate);
            });
    }

    [Theory]
    [InlineData("La CChC enviará el catastro de obras (15/12).")]
    [InlineData("La CChC enviará el catastro de obras [plazo: 15 de diciembre].")]
    public void Extract_DueDateInBrackets_ReadAndTakenOutOfTheText(string sentence)
    {
        var record = Single(sentence);

        Assert.Equal(ProposedKind.Commitment, record.Kind);
        Assert.Equal(new DateOnly(2026, 12, 15), record.DueDate);
        Assert.Equal("Enviar el catastro de obras", record.Text);
    }

    [Fact]
    public void Extract_OneSubjectTwoVerbs_OneTarea()
    {
        var record = Single("Ana Pérez revisará las bases y enviará comentarios.");

        Assert.Equal(Ana, record.Owner);
        Assert.StartsWith("Revisar las bases", record.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Jose Ibanez preparará la nota técnica.")]
    [InlineData("MARÍA JOSÉ IBÁÑEZ preparará la nota técnica.")]
    [InlineData("María José preparará la nota técnica.")]
    [InlineData("Doña María José preparará la nota técnica.")]
    [InlineData("La Sra. Ibáñez preparará la nota técnica.")]
    [InlineData("La Sra. Ibanez preparará la nota técnica.")]
    public void Extract_OwnerWrittenAnyWay_MatchedToTheRoster(string sentence) =>
        Assert.Equal(MariaJose, Single(sentence).Owner);

    [Fact]
    public void Extract_FirstNameOfTwoPeople_NoOwner()
    {
        var roster = new[] { Luis, new Person("aad-luis2", "Luis Aguirre") };

        var record = Single("Luis revisará las bases técnicas.", roster: roster);

        Assert.Equal(ProposedKind.ActionItem, record.Kind);
        Assert.Null(record.Owner);
    }

    [Theory]
    [InlineData("La CChC enviará la propuesta.", "Cámara Chilena de la Construcción")]
    [InlineData("La cchc enviará la propuesta.", "Cámara Chilena de la Construcción")]
    [InlineData("La Camara Chilena de la Construccion enviará la propuesta.", "Cámara Chilena de la Construcción")]
    [InlineData("El Instituto de la Construcción enviará la propuesta.", "Instituto de la Construcción")]
    [InlineData("El IC enviará la propuesta.", "Instituto de la Construcción")]
    [InlineData("La UC enviará la propuesta.", "Pontificia Universidad Católica de Chile")]
    [InlineData("El BIM Forum enviará la propuesta.", "BIM Fórum Chile")]
    public void Extract_PartnerByNameOrAcronym_DirectorySpelling(string sentence, string partner)
    {
        var record = Single(sentence);

        Assert.Equal(ProposedKind.Commitment, record.Kind);
        Assert.Equal(partner, record.Partner);
    }

    [Fact]
    public void Extract_ShortAcronymInLowerCase_NotAPartner() =>
        Assert.Empty(Extract("La uc enviará la propuesta."));

    [Theory]
    [InlineData("Yo me encargo de enviar el acta el lunes.", "Enviar el acta")]
    [InlineData("Me comprometo a enviar el acta el lunes.", "Enviar el acta")]
    [InlineData("Les envío el acta el lunes.", "Enviar el acta")]
    [InlineData("Enviaré el acta el lunes.", "Enviar el acta")]
    [InlineData("Quedo de enviar el acta el lunes.", "Enviar el acta")]
    public void Extract_FirstPerson_TheSpeakerOwnsIt(string sentence, string text)
    {
        var record = Single(sentence, speaker: Francisca);

        Assert.Equal(ProposedKind.ActionItem, record.Kind);
        Assert.Equal(Francisca, record.Owner);
        Assert.Equal(text, record.Text);
        Assert.Equal(new DateOnly(2026, 12, 7), record.DueDate);
    }

    [Fact]
    public void Extract_FirstPersonWithoutSpeaker_TareaWithOwnerToFill() =>
        Assert.Null(Single("Yo me encargo de enviar el acta.").Owner);

    [Theory]
    [InlineData("Luis Soto revisará las bases mañana.", 2026, 12, 2)]
    [InlineData("Luis Soto revisará las bases el viernes.", 2026, 12, 4)]
    [InlineData("Luis Soto revisará las bases en dos semanas.", 2026, 12, 15)]
    [InlineData("Luis Soto revisará las bases la próxima semana.", 2026, 12, 7)]
    [InlineData("Luis Soto revisará las bases a fin de mes.", 2026, 12, 31)]
    [InlineData("Luis Soto revisará el viernes las bases técnicas.", 2026, 12, 4)]
    public void Extract_RelativeDate_ReadAgainstTheMeetingDay(string sentence, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Single(sentence).DueDate);

    [Fact]
    public void Extract_RelativeDate_MovesWithTheMeeting()
    {
        var friday = new DateOnly(2026, 12, 4);

        var record = Assert.Single(new CueRecordExtractor().Extract(ExtractionInput.OfText("Luis Soto revisará las bases el viernes.", friday, Roster, Partners)));

        Assert.Equal(new DateOnly(2026, 12, 11), record.DueDate);
    }

    [Fact]
    public void Extract_VagueDate_NoDateButThePhrase()
    {
        var record = Single("Luis Soto revisará las bases para marzo.");

        Assert.Null(record.DueDate);
        Assert.Equal("marzo", record.DatePhrase);
    }

    [Fact]
    public void Extract_MinutesWithHeadingsAndBullets_EachBulletItsRecord()
    {
        const string minutes = """
            ACTA SESIÓN N° 11
            Asistentes: Ana Pérez, Luis Soto, Sr. Contreras.

            Acuerdos:
            1. Aprobar el acta anterior.
            2) Extender la encuesta hasta el 15 de diciembre.

            Compromisos:
            - Fichas metodológicas – Instituto de la Construcción – 11/12.
            • Consolidar observaciones. Responsable: Francisca Rojas.
              Plazo: 09/12.
            """;

        var records = Extract(minutes);

        Assert.Equal([ProposedKind.Agreement, ProposedKind.Agreement, ProposedKind.Commitment, ProposedKind.ActionItem], records.Select(r => r.Kind));
        Assert.Equal("Extender la encuesta hasta el 15 de diciembre", records[1].Text);
        Assert.Equal(("Instituto de la Construcción", new DateOnly(2026, 12, 11)), (records[2].Partner!, records[2].DueDate!.Value));
        Assert.Equal((Francisca, new DateOnly(2026, 12, 9)), (records[3].Owner!, records[3].DueDate!.Value));
        Assert.Equal("Consolidar observaciones", records[3].Text);
    }

    [Fact]
    public void Extract_AbbreviationsInASentence_NotCutThere()
    {
        var record = Single("El Sr. Soto y la Sra. Rojas acordaron que el Dr. Contreras presente el estudio. ¿Dudas?");

        Assert.Equal(ProposedKind.Agreement, record.Kind);
        Assert.Equal("El Dr. Contreras presente el estudio", record.Text);
    }

    [Fact]
    public void Extract_SourceSpan_PointsAtTheSentence()
    {
        const string text = "Se revisó el avance. La CChC enviará la propuesta el viernes.";

        var record = Single(text);

        Assert.Equal("La CChC enviará la propuesta el viernes.", text.Substring(record.Source.Start, record.Source.Length));
    }

    [Fact]
    public void Extract_Transcript_EachTurnItsSpeaker()
    {
        var input = new ExtractionInput([new Passage("Yo reviso las bases el viernes.", Ana), new Passage("Y yo les envío el acta mañana.", Luis)], Tuesday, Roster, Partners);

        var records = new CueRecordExtractor().Extract(input);

        Assert.Equal([(Ana, 0), (Luis, 1)], records.Select(r => (r.Owner!, r.Source.Passage)));
    }
}
