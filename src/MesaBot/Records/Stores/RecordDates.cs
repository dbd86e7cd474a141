using System.Globalization;

namespace MesaBot.Records.Stores;

/// <summary>Local dates are stored as "yyyy-MM-dd" strings: a DateTime column would drag a time zone in.</summary>
internal static class RecordDates
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <param name="overdueConfirmed">The author asked for a past date on purpose: then any date is kept.</param>
    public static void EnsureNotPast(DateOnly due, Mesa mesa, TimeProvider time, bool overdueConfirmed = false)
    {
        var today = mesa.Today(time);
        if (due < today && !overdueConfirmed)
        {
            throw RecordException.Invalid(RecordErrors.DueDatePast, due, today);
        }
    }

    /// <summary>"15/12/2025", as Chileans write dates: the history lines store dates this way.</summary>
    public static string Spanish(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
