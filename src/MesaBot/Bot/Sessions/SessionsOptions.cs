namespace MesaBot.Bot.Sessions;

/// <summary>Configuration section "Sessions".</summary>
public sealed class SessionsOptions
{
    public const string Section = "Sessions";

    /// <summary>A session open this long with nothing logged is asked about ("¿Cerrar la sesión 7?"): Teams' meetingEnd goes missing. 15 minutes to 7 days.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How often the scheduler's lease holder looks for idle sessions to ask about (<see cref="IdleSessionSweep"/>). 1 minute to 1 day.</summary>
    public TimeSpan IdleCheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When no next session is recorded, the opening agenda lists partners' compromisos due within this many days. 1 to 90.</summary>
    public int PartnerHorizonDays { get; set; } = 14;
}
