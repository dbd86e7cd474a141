using System.Diagnostics;
using System.Net.Http.Headers;

namespace MesaBot.LoadTest;

/// <summary>What one timed run at one concurrency measured.</summary>
/// <param name="StorageCpuMsPerTurn">The emulator's CPU per turn over the same run (NaN when the benchmark did not start it).</param>
public sealed record RunResult(string Target, int Concurrency, int Turns, int Failures, double Seconds, double P50Ms, double P99Ms, double CpuMsPerTurn, double StorageCpuMsPerTurn)
{
    public double RequestsPerSecond => Turns / Seconds;
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> senders, each posting the same activity and waiting for the
/// answer before sending the next, for a fixed time. CPU time is the target process's own (from /proc), and
/// the storage emulator's apart: what each `pendientes` costs Azurite.
/// Each post gets a fresh activity id, as Teams gives every message its own (the bot answers an id it
/// has already seen once only, as a resend).
/// </summary>
public sealed class LoadRun(HttpClient http, byte[] body, string? bearer, Process? emulator)
{
    private static readonly byte[] IdProperty = "\"id\":\""u8.ToArray();
    private readonly int _idOffset = body.AsSpan().IndexOf(IdProperty) is var at and >= 0 ? at + IdProperty.Length : -1;

    public async Task<RunResult> RunAsync(string target, string url, MeasuredProcess process, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var cpuBefore = process.CpuTime;
        var storageBefore = EmulatorCpuMs();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async sender =>
        {
            var mine = latencies[sender] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(url);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = process.CpuTime - cpuBefore;
        var storage = EmulatorCpuMs() - storageBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var turns = Math.Max(1, all.Length);
        return new RunResult(target, concurrency, all.Length, failures, seconds,
            Percentile(all, 0.50), Percentile(all, 0.99), cpu.TotalMilliseconds / turns, storage / turns);
    }

    private double EmulatorCpuMs()
    {
        if (emulator is null)
        {
            return double.NaN;
        }

        emulator.Refresh();
        return emulator.TotalProcessorTime.TotalMilliseconds;
    }

    private async Task<bool> SendAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(WithFreshId()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode;
    }

    // The activity id is a 32-character hex Guid ("N"), overwritten in place in a copy of the body.
    private byte[] WithFreshId()
    {
        var copy = (byte[])body.Clone();
        if (_idOffset >= 0)
        {
            System.Text.Encoding.ASCII.GetBytes(Guid.NewGuid().ToString("N"), copy.AsSpan(_idOffset, 32));
        }

        return copy;
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
