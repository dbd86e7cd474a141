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
            : throw RecordException.Invalid(RecordErrors.MesaIdInvalid, id);

    public static string CleanCode(string code)
    {
        var upper = (code ?? string.Empty).Trim().ToUpperInvariant();
        return CodeShape().IsMatch(upper)
            ? upper
            : throw RecordException.Invalid(RecordErrors.MesaCodeInvalid, code ?? string.Empty);
    }

    public static string CleanName(string name)
    {
        var cleaned = RecordText.Clean(name, RecordFields.MesaName);
        return cleaned.Length <= 150 && !cleaned.Contains('\n')
            ? cleaned
            : throw RecordException.Invalid(RecordErrors.MesaNameNotOneLine);
    }

    public static string CleanTimeZone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).Id;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw RecordException.Invalid(RecordErrors.TimeZoneUnknown, timeZoneId);
        }
    }

    public static string CleanLanguage(string language) =>
        (language ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "es" or "español" or "espanol" or "spanish" => "es",
            "en" or "inglés" or "ingles" or "english" => "en",
            _ => throw RecordException.Invalid(RecordErrors.LanguageUnavailable, language ?? string.Empty),
        };

    public static Person CleanPerson(Person? person, PersonRole role)
    {
        if (person is null || string.IsNullOrWhiteSpace(person.ObjectId))
        {
            throw RecordException.Invalid(role.MissingKey);
        }

        var name = RecordText.CleanOptional(person.Name, new TextField(RecordErrors.TextEmpty, role.NameTooLongKey)) ?? person.ObjectId;
        var teamsId = string.IsNullOrWhiteSpace(person.TeamsUserId) ? null : person.TeamsUserId.Trim();
        return new Person(person.ObjectId.Trim(), name, teamsId);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[A-Z0-9]{2,8}$")]
    private static partial Regex CodeShape();
}
