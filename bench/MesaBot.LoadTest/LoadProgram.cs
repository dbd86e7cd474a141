namespace MesaBot.LoadTest;

/// <summary>
/// dotnet run -c Release --project bench/MesaBot.LoadTest -- chat [--seconds 5] [--runs 3] [--concurrency 1,10,50] [--closed 1000]
/// dotnet run -c Release --project bench/MesaBot.LoadTest -- storage
/// dotnet run -c Release --project bench/MesaBot.LoadTest -- digest
/// dotnet run -c Release --project bench/MesaBot.LoadTest -- fanout [--users 500] [--workers 2] [--limit 100] [--hosts 1] [--processes]
/// ("floor" is the mode the chat benchmark starts its floor process in, "fanout-host" the fan-out's hosts with --processes.)
/// </summary>
public static class LoadProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case FloorServer.Mode:
                await FloorServer.RunAsync();
                return 0;
            case ChatBenchmark.Mode:
                await ChatBenchmark.RunAsync(BenchOptions.Parse(args), args);
                return 0;
            case DigestBenchmark.Mode:
                await DigestBenchmark.RunAsync(BenchOptions.Parse(args), args);
                return 0;
            case FanoutBenchmark.Mode:
                await FanoutBenchmark.RunAsync(args);
                return 0;
            case FanoutHostProcess.Mode:
                await FanoutHostProcess.RunChildAsync(args);
                return 0;
            case StorageCounts.Mode:
                await StorageCounts.RunAsync(BenchOptions.Parse(args), args);
                return 0;
            default:
                Console.Error.WriteLine("Usage: MesaBot.LoadTest chat [--seconds 5] [--runs 3] [--concurrency 1,10,50] [--closed 1000] | storage [--closed 1000] | digest | fanout [--users 500] [--workers 2] [--limit 100] [--hosts 1] [--processes]");
                return 2;
        }
    }
}
