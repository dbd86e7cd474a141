using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MesaBot.Records;

public enum RecordKind
{
    /// <summary>Acuerdo: "A-12".</summary>
    Agreement,

    /// <summary>Tarea: "T-34".</summary>
    ActionItem,

    /// <summary>Compromiso de un socio externo: "C-7".</summary>
    Commitment,
}

/// <summary>
/// The id people type and read: "T-34" inside the mesa's own conversations, "RES-T-34" anywhere else.
/// <see cref="MesaCode"/> is null when the text named no mesa (the conversation's mesa is meant).
/// </summary>
public sealed partial record RecordRef(RecordKind Kind, int Number, string? MesaCode = null)
{
    public char Letter => LetterOf(Kind);

    public static char LetterOf(RecordKind kind) => kind switch
    {
        RecordKind.Agreement => 'A',
        RecordKind.ActionItem => 'T',
        RecordKind.Commitment => 'C',
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"T-34".</summary>
    public override string ToString() => $"{Letter}-{Number}";

    /// <summary>"RES-T-34".</summary>
    public string ToQualifiedString(string mesaCode) => $"{mesaCode.ToUpperInvariant()}-{this}";

    /// <summary>Short inside the mesa's own conversations, qualified elsewhere.</summary>
    public string Format(string mesaCode, bool insideMesa) => insideMesa ? ToString() : ToQualifiedString(mesaCode);

    /// <summary>
    /// Accepts "T-34", "t34", "T 34", "#T-34", "RES-T-34", "res-t34" (any dash). Refuses anything else,
    /// including a bare number: "34" could be an agreement, a task or a commitment.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RecordRef? record)
    {
        record = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Dashes().Replace(text.Trim().TrimStart('#'), "-");
        var match = Shape().Match(normalized);
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, out var number) || number < 1)
        {
            return false;
        }

        var kind = char.ToUpperInvariant(match.Groups["kind"].Value[0]) switch
        {
            'A' => RecordKind.Agreement,
            'T' => RecordKind.ActionItem,
            _ => RecordKind.Commitment,
        };
        var code = match.Groups["code"].Success ? match.Groups["code"].Value.ToUpperInvariant() : null;
        record = new RecordRef(kind, number, code);
        return true;
    }

    public static RecordRef Parse(string text) =>
        TryParse(text, out var record) ? record : throw new FormatException($"'{text}' is not a record id such as T-34 or RES-T-34.");

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    // The mesa code has at least two characters, so "C-7" is always commitment 7 and never a mesa "C".
    [GeneratedRegex(@"^(?:(?<code>[A-Za-z0-9]{2,8})\s*-\s*)?(?<kind>[ATCatc])\s*-?\s*(?<number>\d{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
