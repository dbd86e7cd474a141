using System.Runtime.InteropServices;

namespace MesaBot.LoadTest;

/// <summary>The machine a figure was measured on, printed with every result.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memKiB = long.Parse(File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return $"{Environment.ProcessorCount} cores ({cpu}), {memKiB / 1024.0 / 1024.0:F1} GiB RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The command line that reproduces this run, from the repository root.</summary>
    public static string Command(string[] args) =>
        "dotnet run -c Release --project bench/MesaBot.LoadTest -- " + string.Join(' ', args);
}
