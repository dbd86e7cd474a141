using System.Diagnostics;

namespace MesaBot.CardTests.Infrastructure;

/// <summary>Runs tools/cardcheck/check.js, after making sure what it needs is installed.</summary>
internal sealed class CardChecker(string repositoryRoot)
{
    /// <summary>Overrides /usr/bin/chromium, for machines that keep Chromium elsewhere.</summary>
    public const string ChromiumVariable = "CARDCHECK_CHROMIUM";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private string ToolDirectory => Path.Combine(repositoryRoot, "tools", "cardcheck");

    /// <summary>What is missing, in words that say how to install it; empty when all is there.</summary>
    public IReadOnlyList<string> MissingPrerequisites()
    {
        var missing = new List<string>();
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            missing.Add($"{chromium} not found: run 'apt-get update && apt-get install -y chromium fonts-noto-color-emoji'");
        }

        foreach (var package in new[] { "adaptivecards", "playwright-core" })
        {
            if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", package)))
            {
                missing.Add($"tools/cardcheck/node_modules/{package} not found: run 'npm ci' in {ToolDirectory}");
            }
        }

        return missing;
    }

    public async Task<CardCheckResult> RunAsync(string cardDirectory, string pngDirectory)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(ToolDirectory, "check.js"));
        start.ArgumentList.Add(cardDirectory);
        start.ArgumentList.Add(pngDirectory);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node: is Node.js on PATH?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"check.js did not finish within {Timeout}: {await stdout}{await stderr}");
        }

        return new CardCheckResult(process.ExitCode, await stdout + await stderr);
    }
}

internal sealed record CardCheckResult(int ExitCode, string Output);
