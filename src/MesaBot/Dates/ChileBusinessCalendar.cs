using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace MesaBot.Dates;

/// <summary>
/// Business days in Chile: Monday to Friday except the public holidays in <see cref="HolidayOptions"/>.
/// For years the configuration does not list, only weekends are known: see <see cref="KnowsHolidaysOf"/>.
/// </summary>
public sealed class ChileBusinessCalendar(IOptions<HolidayOptions> options)
{
    private readonly FrozenDictionary<DateOnly, string> holidays = options.Value.Dates
        .GroupBy(h => h.Date)
        .ToFrozenDictionary(g => g.Key, g => string.Join(" / ", g.Select(h => h.Name)));

    private readonly FrozenSet<int> years = options.Value.Dates.Select(h => h.Date.Year).ToFrozenSet();

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.ContainsKey(date);

    /// <summary>The holiday's name ("Viernes Santo"), or null when <paramref name="date"/> is not a holiday.</summary>
    public string? HolidayName(DateOnly date) => holidays.GetValueOrDefault(date);

    /// <summary>True when the configuration lists holidays for <paramref name="year"/>.</summary>
    public bool KnowsHolidaysOf(int year) => years.Contains(year);

    /// <summary>
    /// The <paramref name="days"/>-th business day after <paramref name="date"/> (before it when negative).
    /// Zero gives <paramref name="date"/> itself when it is a business day, else the next business day, so the
    /// answer is always a business day and grows with <paramref name="days"/>.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int days)
    {
        var step = days < 0 ? -1 : 1;
        var result = date;
        var remaining = Math.Abs((long)days);
        if (remaining == 0)
        {
            while (!IsBusinessDay(result))
            {
                result = result.AddDays(1);
            }

            return result;
        }

        while (remaining > 0)
        {
            result = result.AddDays(step);
            if (IsBusinessDay(result))
            {
                remaining--;
            }
        }

        return result;
    }

    /// <summary>
    /// Business days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. So <c>BusinessDaysBetween(d, AddBusinessDays(d, n)) == n</c> for n &gt; 0.
    /// </summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -BusinessDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
