using BenchmarkDotNet.Running;

namespace MesaBot.Benchmarks;

public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        Console.WriteLine("Reproduce: dotnet run -c Release --project bench/MesaBot.Benchmarks -- --filter '*' " + string.Join(' ', args));
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
