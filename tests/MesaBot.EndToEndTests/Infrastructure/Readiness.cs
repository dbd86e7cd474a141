namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>Waits for a started process to answer over HTTP; real seconds, so this suite has its own category.</summary>
internal static class Readiness
{
    public static async Task WaitForHttpAsync(string url, ChildProcess process, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited during start-up.\n{process.Tail()}");
            }

            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} did not answer within {timeout.TotalSeconds} s.\n{process.Tail()}");
    }
}
