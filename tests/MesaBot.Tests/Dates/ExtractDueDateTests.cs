using MesaBot.Dates;
using Xunit;
using MesaBot.TestData;

namespace MesaBot.Tests.Dates;

public sealed class ExtractDueDateTests
{
    // Wednesday 11 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 11);

    [Theory]
    [InlineData("revisar bases técnicas @Ana para el viernes", "revisar bases técnicas @Ana", "2026-03-13", "para el viernes")]
    [InlineData("enviar oficio plazo: 15/04", "enviar oficio", "2026-04-15", "plazo: 15/04")]
    [InlineData("enviar oficio plazo 15/04", "enviar oficio", "2026-04-15", "plazo 15/04")]
    [InlineData("enviar oficio, 15/04", "enviar oficio", "2026-04-15", ", 15/04")]
    [InlineData("enviar oficio, el viernes", "enviar oficio", "2026-03-13", ", el viernes")]
    [InlineData("enviar oficio, para el viernes.", "enviar oficio", "2026-03-13", ", para el viernes.")]
    [InlineData("enviar oficio vence el 20/03", "enviar oficio", "2026-03-20", "vence el 20/03")]
    [InlineData("enviar oficio vence: 20/03", "enviar oficio", "2026-03-20", "vence: 20/03")]
    [InlineData("cerrar minuta hasta fin de mes", "cerrar minuta", "2026-03-31", "hasta fin de mes")]
    [InlineData("cerrar minuta hasta el 15 de abril", "cerrar minuta", "2026-04-15", "hasta el 15 de abril")]
    [InlineData("cerrar minuta antes del 15 de abril", "cerrar minuta", "2026-04-15", "antes del 15 de abril")]
    [InlineData("cerrar minuta antes de mañana", "cerrar minuta", "2026-03-12", "antes de mañana")]
    [InlineData("cerrar minuta al 15/04", "cerrar minuta", "2026-04-15", "al 15/04")]
    [InlineData("cerrar minuta en 3 días", "cerrar minuta", "2026-03-14", "en 3 días")]
    [InlineData("cerrar minuta dentro de dos semanas", "cerrar minuta", "2026-03-25", "dentro de dos semanas")]
    [InlineData("cerrar minuta plazo de 3 días", "cerrar minuta", "2026-03-14", "plazo de 3 días")]
    [InlineData("cerrar minuta para antes del viernes", "cerrar minuta", "2026-03-13", "para antes del viernes")]
    [InlineData("preparar informe para la mesa para el viernes", "preparar informe para la mesa", "2026-03-13", "para el viernes")]
    [InlineData("enviar acta al ministerio para mañana", "enviar acta al ministerio", "2026-03-12", "para mañana")]
    [InlineData("enviar acta para el lunes 16 de marzo", "enviar acta", "2026-03-16", "para el lunes 16 de marzo")]
    [InlineData("PREPARAR INFORME PARA EL VIERNES", "PREPARAR INFORME", "2026-03-13", "PARA EL VIERNES")]
    [InlineData("para mañana", "", "2026-03-12", "para mañana")]
    [InlineData("revisar bases. 15/04", "revisar bases.", "2026-04-15", "15/04")]
    [InlineData("llamar al Sr. para el viernes", "llamar al Sr.", "2026-03-13", "para el viernes")]
    [InlineData("revisar bases para el martes", "revisar bases", "2026-03-17", "para el martes")]
    public void ExtractDueDate_TrailingClause_SplitsTextAndDate(string input, string text, string date, string clause)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today);

        // Assert
        Assert.Null(SpanishErrors.Text(result.Error));
        Assert.Equal(text, result.Text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), result.Date);
        Assert.Equal(clause, result.Clause);
    }

    [Theory]
    [InlineData("preparar informe para la mesa")]
    [InlineData("enviar oficio al ministerio")]
    [InlineData("reservar sala para 3 personas")]
    [InlineData("revisar lo acordado en la mesa")]
    [InlineData("revisar plazo de la licitación")]
    [InlineData("revisar hasta el punto 4")]
    [InlineData("revisar acta del 15 de diciembre con Ana")]
    [InlineData("extender el emisario hasta el mar")]
    [InlineData("evaluar descarga al mar")]
    [InlineData("")]
    public void ExtractDueDate_NoDateClause_TextUntouched(string input)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today);

        // Assert
        Assert.Equal(DueDateExtraction.None(input), result);
    }

    [Theory]
    [InlineData("preparar informe para el 31/02", "el 31/02")]
    [InlineData("preparar informe plazo: 30 de febrero", "30 de febrero")]
    [InlineData("preparar informe, 32/12", "32/12")]
    public void ExtractDueDate_ClauseWithImpossibleDate_ErrorAndTextUntouched(string input, string quoted)
    {
        // Act
        var result = SpanishDateParser.ExtractDueDate(input, Today);

        // Assert
        Assert.Equal(input, result.Text);
        Assert.Null(result.Date);
        Assert.Equal($"No entendí la fecha «{quoted}»: ese día no existe. Prueba con «15/12», «15 de diciembre» o «el viernes».", SpanishErrors.Text(result.Error));
    }
}
