using System.Text.RegularExpressions;

namespace MesaBot.Records;

/// <summary>What a mesa's id, code and name may look like; ids and codes end up in table keys.</summary>
public static partial class MesaRules
{
    /// <summary>Whether a mesa id from outside (a card's data) can be one, checked before it goes near a table key.</summary>
    public static bool IsId(string? id) => id is { Length: <= 40 } && IdShape().IsMatch(id);

    public static string CleanId(string id) =>
        id is { Length: <= 40 } && IdShape().IsMatch(id)
            ? id
            : throw new RecordValidationException($"El identificador de mesa '{id}' no es válido: usa minúsculas, números y guiones (p. ej. resiliencia).");

    public static string CleanCode(string code)
    {
        var upper = (code ?? string.Empty).Trim().ToUpperInvariant();
        return CodeShape().IsMatch(upper)
            ? upper
            : throw new RecordValidationException($"El código '{code}' no es válido: usa de 2 a 8 letras o números (p. ej. RES).");
    }

    public static string CleanName(string name)
    {
        var cleaned = RecordText.Clean(name, "El nombre de la mesa");
        return cleaned.Length <= 150 && !cleaned.Contains('\n')
            ? cleaned
            : throw new RecordValidationException("El nombre de la mesa debe caber en una línea de 150 caracteres.");
    }

    public static string CleanTimeZone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).Id;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new RecordValidationException($"La zona horaria '{timeZoneId}' no existe (p. ej. America/Santiago).");
        }
    }

    public static string CleanLanguage(string language) =>
        (language ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "es" or "español" or "espanol" or "spanish" => "es",
            "en" or "inglés" or "ingles" or "english" => "en",
            _ => throw new RecordValidationException($"El idioma '{language}' no está disponible: usa es (español) o en (inglés)."),
        };

    public static Person CleanPerson(Person? person, string role)
    {
        if (person is null || string.IsNullOrWhiteSpace(person.ObjectId))
        {
            throw new RecordValidationException($"Falta {role}.");
        }

        var name = RecordText.CleanOptional(person.Name, $"El nombre de {role}") ?? person.ObjectId;
        var teamsId = string.IsNullOrWhiteSpace(person.TeamsUserId) ? null : person.TeamsUserId.Trim();
        return new Person(person.ObjectId.Trim(), name, teamsId);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[A-Z0-9]{2,8}$")]
    private static partial Regex CodeShape();
}
