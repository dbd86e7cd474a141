namespace MesaBot.Dates;

/// <summary>
/// Month and weekday names as Chileans write them in running text (lower case). Our own table rather than
/// CultureInfo("es-CL") so the words do not change with the machine's ICU version.
/// </summary>
public static class SpanishDateNames
{
    private static readonly string[] Months =
    [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ];

    // Indexed by DayOfWeek, which starts on Sunday.
    private static readonly string[] Weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    /// <summary>"enero" for 1 … "diciembre" for 12.</summary>
    public static string Month(int month) => Months[month - 1];

    /// <summary>"lunes", "miércoles", "sábado"…</summary>
    public static string Weekday(DayOfWeek day) => Weekdays[(int)day];
}
