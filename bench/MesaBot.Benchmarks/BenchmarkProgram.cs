using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace MesaBot.Benchmarks;

public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        Console.WriteLine("Reproduce: dotnet run -c Release --project bench/MesaBot.Benchmarks -- --filter '*' " + string.Join(' ', args));
        // Results land next to this project (git-ignored), whatever the working directory.
        var artifacts = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts");
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(Path.GetFullPath(artifacts)));
    }
}
