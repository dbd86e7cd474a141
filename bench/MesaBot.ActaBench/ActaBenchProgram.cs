using System.Diagnostics;
using MesaBot.Bot.Sessions;
using MesaBot.Documents;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Sessions;
using MesaBot.Records.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace MesaBot.ActaBench;

/// <summary>
/// Building the acta of a session with 100 records (40 acuerdos, 40 tareas, 20 compromisos) on real Azurite:
/// ActaComposer (the session's rows only) then the Open XML .docx. Prints the median of the runs in ms and the
/// document's size. Targets (issue 15): under 300 ms, under 200 KB.
///   dotnet run -c Release --project bench/MesaBot.ActaBench -- [runs]
/// </summary>
public static class ActaBenchProgram
{
    public static async Task Main(string[] args)
    {
        // WebApplicationFactory looks for the host's content root next to the solution: point it at src/MesaBot.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MesaBot.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MESABOT", Path.Combine(root!.FullName, "src", "MesaBot"));
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) && n >= 3 ? n : 5;
        await using var framework = await FakeBotFramework.StartAsync();
        await using var host = new MesaBotFactory(framework, false);
        var services = host.Services;
        var ana = new Person("aad-ana", "Ana Pérez", "29:ana");
        var mesa = await services.GetRequiredService<MesaStore>().CreateAsync("tenant-bench", new NewMesa("bench", "Resiliencia", MesaKind.Mesa, "RES", [ana]), ana, CancellationToken.None);
        var sessions = services.GetRequiredService<SessionStore>();
        var agreements = services.GetRequiredService<AgreementStore>();
        var items = services.GetRequiredService<OpenItemStore>();
        var today = mesa.Today(host.Time);
        await sessions.OpenAsync(mesa, new NewSession("Sesión ordinaria"), ana, CancellationToken.None);
        for (var i = 1; i <= 40; i++)
        {
            await agreements.CreateAsync(mesa, new NewAgreement($"Se aprueba el punto {i} de la hoja de ruta de resiliencia de la infraestructura pública", today), ana, $"a{i}", CancellationToken.None);
            await items.CreateTaskAsync(mesa, new NewActionItem($"Revisar el informe técnico {i} con los comentarios de las regiones", ana, today.AddDays(7 + i % 20)), ana, $"t{i}", CancellationToken.None);
        }

        for (var i = 1; i <= 20; i++)
        {
            await items.CreateCommitmentAsync(mesa, new NewCommitment("CChC", $"Enviar los indicadores de avance {i}", today.AddDays(10 + i), ana, "Juan Pérez"), ana, $"c{i}", CancellationToken.None);
        }

        var session = (await sessions.CloseAsync(mesa, ana, null, null, CancellationToken.None))!;
        var composer = services.GetRequiredService<ActaComposer>();
        var builder = services.GetRequiredService<IActaDocumentBuilder>();
        var times = new List<double>();
        long size = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var content = await composer.ComposeAsync(mesa, session, approvedBy: null, CancellationToken.None);
            var file = builder.Build(content);
            watch.Stop();
            size = file.Content.LongLength;
            if (run > 0)
            {
                // The first run warms the JIT and the connection pool: not counted.
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"acta of a session with 100 records: median {times[times.Count / 2]:F0} ms over {runs} runs (min {times[0]:F0}, max {times[^1]:F0}); .docx {size / 1024.0:F1} KB");
    }
}
