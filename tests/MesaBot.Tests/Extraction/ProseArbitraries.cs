using FsCheck;
using FsCheck.Fluent;

namespace MesaBot.Tests.Extraction;

/// <summary>Minutes-like word salad: cue phrases, names, partners, dates, bullets and punctuation in any order.</summary>
public sealed record CueSalad(string Value);

public static class ProseArbitraries
{
    private static readonly string[] Vocabulary =
    [
        "Se acuerda", "se acordó", "queda a cargo de", "Responsable:", "Plazo:", "se compromete a", "quedó de", "enviará", "revisará",
        "la CChC", "el IC", "UC", "Ana Pérez", "Luis", "Soto", "María José", "yo", "me encargo de", "le envío", "Acuerdos:", "Tareas:",
        "\n", "\n\n", "- ", "1. ", "a) ", "•", ".", ",", ";", "?", "¿", "y", "que", "el viernes", "15/12", "31/02", "para marzo",
        "Sr.", "N°", "no", "(", ")", "el 13", "hoy mismo", "á", "\u0301", "\uD800", "\uFFFE", "   ",
    ];

    public static Arbitrary<CueSalad> CueSalad() =>
        Gen.ListOf(Gen.Elements(Vocabulary)).Select(words => new CueSalad(string.Join(' ', words))).ToArbitrary();
}
