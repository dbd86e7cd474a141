namespace MesaBot.Http;

/// <summary>How many times, and how patiently, an HTTP call to a remote service is tried.</summary>
public class RetryOptions
{
    public int MaxAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
}
