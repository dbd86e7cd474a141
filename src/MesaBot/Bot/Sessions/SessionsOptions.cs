using System.ComponentModel.DataAnnotations;

namespace MesaBot.Bot.Sessions;

/// <summary>Configuration section "Sessions".</summary>
public sealed class SessionsOptions
{
    public const string Section = "Sessions";

    /// <summary>A session open this long with nothing logged is asked about ("¿Cerrar la sesión 7?"): Teams' meetingEnd goes missing.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "7.00:00:00")]
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How often the scheduler's lease holder looks for idle sessions to ask about (<see cref="IdleSessionSweep"/>).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan IdleCheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When no next session is recorded, the opening agenda lists partners' compromisos due within this many days.</summary>
    [Range(1, 90)]
    public int PartnerHorizonDays { get; set; } = 14;
}
