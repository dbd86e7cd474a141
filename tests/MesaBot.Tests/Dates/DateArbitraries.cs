using FsCheck;
using FsCheck.Fluent;
using MesaBot.Dates;

namespace MesaBot.Tests.Dates;

/// <summary>A reference day and a date within three years of it, either way.</summary>
public sealed record DateNearToday(DateOnly Today, DateOnly Date);

/// <summary>A reference day and a weekday written the many ways people write it.</summary>
public sealed record WeekdayPhrase(DateOnly Today, DayOfWeek Weekday, string Phrase);

/// <summary>Anything at all: random UTF-16 (lone surrogates included), or date-like word salad.</summary>
public sealed record AnyText(string Value);

/// <summary>A chat command: task words mixed with introducers, dates and punctuation, any spacing.</summary>
public sealed record CommandText(string Value);

public static class DateArbitraries
{
    private static readonly DateOnly Origin = new(2024, 1, 1);

    private static readonly string[] Vocabulary =
    [
        "revisar", "bases", "técnicas", "@Ana", "informe", "mesa", "la", "el", "del", "de", "para", "plazo", "plazo:",
        "vence", "hasta", "antes", "al", "en", "dentro", "viernes", "lun", "MIÉRCOLES", "mañana", "hoy", "pasado",
        "15/12", "31/02", "15.12.2026", "1°", "primero", "quince", "diciembre", "dic.", "3", "días", "semanas", "mes",
        "fin", "año", "próxima", "semana", ",", ":", "-", ".", "enero", "treinta", "y", "uno", "99999", "29/02",
    ];

    private static readonly string[] Spacing = [" ", " ", " ", "  ", "\t", " \n", ", ", ": "];

    private static Gen<DateOnly> Day(int fromDays, int toDays) => Gen.Choose(fromDays, toDays).Select(Origin.AddDays);

    public static Arbitrary<DateNearToday> DateNearToday() =>
        Day(0, 365 * 8).SelectMany(today => Gen.Choose(-3 * 365, 3 * 365).Select(offset => new DateNearToday(today, today.AddDays(offset))))
            .ToArbitrary();

    public static Arbitrary<WeekdayPhrase> WeekdayPhrase()
    {
        var names = new (DayOfWeek Day, string[] Words)[]
        {
            (DayOfWeek.Monday, ["lunes", "LUNES", "lun", "Lun."]),
            (DayOfWeek.Tuesday, ["martes", "Martes", "mar"]),
            (DayOfWeek.Wednesday, ["miércoles", "miercoles", "MIÉRCOLES", "mié", "mie"]),
            (DayOfWeek.Thursday, ["jueves", "jue"]),
            (DayOfWeek.Friday, ["viernes", "VIERNES", "vie"]),
            (DayOfWeek.Saturday, ["sábado", "sabado", "sáb", "sab"]),
            (DayOfWeek.Sunday, ["domingo", "dom"]),
        };
        var phrase =
            from named in Gen.Elements(names)
            from word in Gen.Elements(named.Words)
            from form in Gen.Elements("{0}", "el {0}", "el próximo {0}", "el {0} próximo", "este {0}", "  {0}. ", "El {0} que viene")
            from today in Day(0, 365 * 8)
            select new WeekdayPhrase(today, named.Day, string.Format(System.Globalization.CultureInfo.InvariantCulture, form, word));
        return phrase.ToArbitrary();
    }

    public static Arbitrary<AnyText> AnyText()
    {
        var anyChar = Gen.Choose(0, 0xFFFF).Select(c => (char)c);
        var unicode = Gen.ArrayOf(anyChar).Select(chars => new string(chars));
        var salad = Gen.ListOf(Gen.Elements(Vocabulary.Concat(["°", "º", "ñ", "\u0301", "١٥/١٢", "15//12", "en", "de"]).ToArray()))
            .Select(words => string.Join(' ', words));
        return Gen.OneOf(unicode, salad).Select(text => new AnyText(text)).ToArbitrary();
    }

    public static Arbitrary<CommandText> CommandText()
    {
        var task = Gen.NonEmptyListOf(Gen.Zip(Gen.Elements(Vocabulary), Gen.Elements(Spacing)))
            .Select(parts => string.Concat(parts.Take(8).Select(p => p.Item1 + p.Item2)));
        var clause =
            from opener in Gen.Elements(Openers)
            from date in Gen.Elements(DatePhrases)
            from ending in Gen.Elements("", ".", " ", "  \n")
            select opener + date + ending;
        return Gen.Zip(task, Gen.Frequency((1, Gen.Constant(string.Empty)), (4, clause)))
            .Select(parts => new CommandText(parts.Item1 + parts.Item2))
            .ToArbitrary();
    }

    private static readonly string[] Openers =
    [
        "para ", "para el ", "plazo: ", "plazo ", "vence el ", "hasta ", "antes del ", "antes de ", "al ", ", ", ",",
        " - ", "PARA EL ", "plazo de ", "para la ", "en ", "",
    ];

    private static readonly string[] DatePhrases =
    [
        "viernes", "15/12", "31/02", "15 de diciembre", "30 de febrero", "fin de mes", "mañana", "en 3 días",
        "3 días", "la mesa", "mesa técnica", "próxima semana", "lun", "1° de enero", "15.12.2026", "99/99", "el 15",
        "quince de dic.", "semana que viene", "Ana", "15 de diciembre de 2027",
    ];

    /// <summary>"15 de diciembre de 2026" as people write it, month in full.</summary>
    public static string Written(DateOnly date) => $"{date.Day} de {SpanishDateNames.Month(date.Month)} de {date.Year}";
}
