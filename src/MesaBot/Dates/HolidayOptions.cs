namespace MesaBot.Dates;

/// <summary>
/// Chile's public holidays, from the <c>Holidays</c> section of configuration (appsettings.json ships 2026 and
/// 2027). Configuration rather than code because the list changes by law, sometimes weeks ahead (election days,
/// one-off "feriados puente"): an operator can add a date without a release.
/// </summary>
/// <remarks>
/// How the 2026–2027 dates in appsettings.json were worked out (verify against the official list each year,
/// e.g. the Subsecretaría del Interior's feriados.cl / gob.cl):
/// <list type="bullet">
/// <item>Fixed: 1 Jan, 1 May, 21 May, 16 Jul (Ley 20.148), 15 Aug, 18 and 19 Sep, 1 Nov, 8 Dec, 25 Dec.</item>
/// <item>Viernes and Sábado Santo: Easter 2026 is 5 April (3–4 April), Easter 2027 is 28 March (26–27 March).</item>
/// <item>Pueblos Indígenas (Ley 21.357): the day of the southern winter solstice. 2026: 21 June 08:24 UTC,
/// 04:24 in Chile, Sunday 21 June. 2027: 21 June ~14:10 UTC, Monday 21 June.</item>
/// <item>San Pedro y San Pablo and Encuentro de Dos Mundos (Ley 19.668): Tuesday–Thursday move back to that
/// week's Monday, Friday moves to the next Monday, weekends stay. 29 Jun 2026 is a Monday; 29 Jun 2027 is a
/// Tuesday → Monday 28 June. 12 Oct 2026 is a Monday; 12 Oct 2027 is a Tuesday → Monday 11 October.</item>
/// <item>Iglesias Evangélicas y Protestantes (Ley 20.299): 31 Oct; a Tuesday moves to the Friday before, a
/// Wednesday to the Friday after. 2026 is a Saturday and 2027 a Sunday: both stay.</item>
/// <item>Fiestas Patrias bridges: Ley 20.215 adds 17 Sep when it is a Monday and 20 Sep when it is a Friday;
/// Ley 20.983 adds 17 Sep when 18 Sep is a Saturday. 2026 (18th a Friday): none. 2027 (18th a Saturday):
/// Friday 17 September 2027 is a holiday.</item>
/// <item>Ley 20.983 also adds 2 January when 1 January is a Sunday: not in 2026 (Thursday) nor 2027 (Friday).</item>
/// <item>Left out: regional holidays (7 June in Arica y Parinacota, 20 August in Chillán), and election days,
/// none of which are scheduled for 2026–2027 as far as we know.</item>
/// </list>
/// </remarks>
public sealed class HolidayOptions
{
    public const string Section = "Holidays";

    public List<Holiday> Dates { get; set; } = [];
}

public sealed class Holiday
{
    public DateOnly Date { get; set; }

    public string Name { get; set; } = string.Empty;
}
