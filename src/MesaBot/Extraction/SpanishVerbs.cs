using System.Collections.Frozen;

namespace MesaBot.Extraction;

/// <summary>
/// The verb forms minutes use to say who will do what: "enviará" (third person future), "enviaré" (the
/// speaker's), "envío" (the speaker's present, after "yo" or "le"), each turned back into the infinitive a
/// record is written with ("Enviar el informe").
/// </summary>
internal static class SpanishVerbs
{
    // Futures that say what will happen, not what someone will do: "la sesión será", "Corfo podrá".
    private static readonly FrozenSet<string> NotActions = new[]
    {
        "ser", "estar", "haber", "poder", "ir", "quedar", "contar", "durar", "sesionar", "faltar", "parecer", "necesitar",
        "asistir", "participar", "recibir", "tener", "querer", "seguir", "continuar", "volver", "existir", "pasar", "dar",
        "permitir", "significar", "depender", "implicar", "requerir", "corresponder", "considerar", "evaluar si", "ver",
        "esperar", "llegar", "conocer", "saber", "valer", "caber",
        // Said in the meeting itself ("Construye 2025 nos va a contar…"), not work to follow up.
        "contar", "comentar", "explicar", "mostrar", "hablar", "decir", "opinar", "preguntar", "saludar", "agradecer", "abrir", "cerrar",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> IrregularFutures = new Dictionary<string, string>
    {
        ["hara"] = "hacer", ["haran"] = "hacer", ["pondra"] = "poner", ["pondran"] = "poner", ["propondra"] = "proponer",
        ["propondran"] = "proponer", ["dispondra"] = "disponer", ["dispondran"] = "disponer", ["expondra"] = "exponer",
        ["expondran"] = "exponer", ["tendra"] = "tener", ["tendran"] = "tener", ["dira"] = "decir", ["diran"] = "decir",
        ["obtendra"] = "obtener", ["mantendra"] = "mantener", ["compondra"] = "componer", ["rehara"] = "rehacer",
        ["saldra"] = "salir", ["vendra"] = "venir", ["podra"] = "poder", ["podran"] = "poder", ["sabra"] = "saber",
        ["habra"] = "haber", ["habran"] = "haber", ["querra"] = "querer", ["convendra"] = "convenir",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> IrregularPresents = new Dictionary<string, string>
    {
        ["hago"] = "hacer", ["veo"] = "ver", ["pongo"] = "poner", ["traigo"] = "traer", ["comparto"] = "compartir",
        ["remito"] = "remitir", ["subo"] = "subir", ["escribo"] = "escribir", ["pido"] = "pedir", ["reviso"] = "revisar",
        ["envio"] = "enviar", ["reenvio"] = "reenviar", ["distribuyo"] = "distribuir", ["incluyo"] = "incluir", ["propongo"] = "proponer",
        ["averiguo"] = "averiguar", ["redacto"] = "redactar", ["consigo"] = "conseguir", ["sigo"] = "seguir", ["digo"] = "decir",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>False for the infinitives of what happens rather than what someone does ("ser", "contar").</summary>
    public static bool IsAction(string infinitive) => !NotActions.Contains(infinitive);

    /// <summary>"enviará"/"enviarán" (written with its accent) → "enviar"; null when the word is no third-person future of an action.</summary>
    public static string? ThirdPersonFuture(Word word)
    {
        var original = word.Original;
        if (IrregularFutures.TryGetValue(word.Folded, out var irregular))
        {
            return HasAccentAt(original, original.EndsWith('n') ? 2 : 1) && !NotActions.Contains(irregular) ? irregular : null;
        }

        string? infinitive = null;
        if (original.EndsWith("án", StringComparison.Ordinal) || original.EndsWith("ÁN", StringComparison.Ordinal))
        {
            infinitive = word.Folded[..^2];
        }
        else if (original.EndsWith('á') || original.EndsWith('Á'))
        {
            infinitive = word.Folded[..^1];
        }

        return infinitive is { Length: > 3 } && (infinitive.EndsWith("ar", StringComparison.Ordinal) || infinitive.EndsWith("er", StringComparison.Ordinal)
            || infinitive.EndsWith("ir", StringComparison.Ordinal)) && !NotActions.Contains(infinitive)
            ? infinitive
            : null;
    }

    /// <summary>"enviaré" → "enviar": the speaker's own future.</summary>
    public static string? FirstPersonFuture(Word word)
    {
        var original = word.Original;
        if (!(original.EndsWith('é') || original.EndsWith('É')) || word.Folded.Length < 5)
        {
            return null;
        }

        var stem = word.Folded[..^1];
        var infinitive = stem switch
        {
            "har" => "hacer",
            "pondr" => "poner",
            "tendr" => "tener",
            "dir" => "decir",
            _ when stem.EndsWith("ar", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("ir", StringComparison.Ordinal) => stem,
            _ => null,
        };
        return infinitive is not null && !NotActions.Contains(infinitive) ? infinitive : null;
    }

    /// <summary>"envío", "mando", "reviso" → the infinitive; -o presents that are not listed are taken as -ar verbs.</summary>
    public static string? FirstPersonPresent(string folded)
    {
        if (IrregularPresents.TryGetValue(folded, out var irregular))
        {
            return irregular;
        }

        return folded.Length >= 4 && folded.EndsWith('o') ? folded[..^1] + "ar" : null;
    }

    /// <summary>An infinitive: "enviar", "revisar", "hacer", "elaborar" (or with a pronoun: "enviarlo").</summary>
    public static bool IsInfinitive(string folded) =>
        folded.Length >= 4 && (folded.EndsWith("ar", StringComparison.Ordinal) || folded.EndsWith("er", StringComparison.Ordinal) || folded.EndsWith("ir", StringComparison.Ordinal)
            || folded.EndsWith("arlo", StringComparison.Ordinal) || folded.EndsWith("arla", StringComparison.Ordinal) || folded.EndsWith("erlo", StringComparison.Ordinal)
            || folded.EndsWith("irlo", StringComparison.Ordinal) || folded.EndsWith("arlos", StringComparison.Ordinal) || folded.EndsWith("arlas", StringComparison.Ordinal));

    private static bool HasAccentAt(string original, int fromEnd) =>
        original.Length >= fromEnd && original[^fromEnd] is 'á' or 'Á';
}
