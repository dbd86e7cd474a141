using System.Diagnostics.CodeAnalysis;

namespace MesaBot.Dates;

/// <summary>What <see cref="SpanishDateParser.Parse"/> read: a date, or a Spanish message to show the user as is.</summary>
public sealed record DateParseResult
{
    private DateParseResult(bool success, DateOnly date, string? errorMessage)
    {
        Success = success;
        Date = date;
        ErrorMessage = errorMessage;
    }

    [MemberNotNullWhen(false, nameof(ErrorMessage))]
    public bool Success { get; }

    /// <summary>The date read; <c>default</c> when <see cref="Success"/> is false.</summary>
    public DateOnly Date { get; }

    public string? ErrorMessage { get; }

    public static DateParseResult Ok(DateOnly date) => new(true, date, null);

    public static DateParseResult Fail(string errorMessage) => new(false, default, errorMessage);
}
