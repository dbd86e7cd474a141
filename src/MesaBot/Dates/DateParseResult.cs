using System.Diagnostics.CodeAnalysis;

namespace MesaBot.Dates;

/// <summary>What <see cref="SpanishDateParser.Parse"/> read: a date, or why not (a key the bot words in the mesa's language).</summary>
public sealed record DateParseResult
{
    private DateParseResult(bool success, DateOnly date, DateError? error)
    {
        Success = success;
        Date = date;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success { get; }

    /// <summary>The date read; <c>default</c> when <see cref="Success"/> is false.</summary>
    public DateOnly Date { get; }

    public DateError? Error { get; }

    public static DateParseResult Ok(DateOnly date) => new(true, date, null);

    public static DateParseResult Fail(DateError error) => new(false, default, error);
}
