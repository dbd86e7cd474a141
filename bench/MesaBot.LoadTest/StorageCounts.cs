using MesaBot.Bot;
using MesaBot.Cards;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Records;
using MesaBot.Records.Stores;
using MesaBot.Storage;

namespace MesaBot.LoadTest;

/// <summary>
/// Issue 9, item 2: storage requests per chat command, exact, read from the host's own
/// <see cref="RequestCountingPolicy"/> (the in-process host of the integration tests, auth on, real
/// Azurite), in a mesa with 1,000 closed and 50 open items. "Expected" is the composition of the
/// documented store counts (docs/storage.md) with the one mesa lookup every command in a mesa starts with.
/// </summary>
public static class StorageCounts
{
    public const string Mode = "storage";

    public static async Task RunAsync(BenchOptions options, string[] args)
    {
        Console.WriteLine($"Machine: {Machine.Describe()}");
        // WebApplicationFactory finds the host's content root from this variable when run outside a test runner.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MESABOT", Path.Combine(SharedAzurite.FindRoot(), "src", "MesaBot"));
        var fixture = new BotHostFixture();
        await fixture.InitializeAsync();
        try
        {
            var services = fixture.Host.Services;
            var counter = services.GetRequiredService<RequestCountingPolicy>();
            var channel = new TeamsConversation(fixture);
            var rows = new List<(string Command, string Expected, long Requests, string Reply)>();

            async Task<Reply> Measure(TeamsConversation chat, string command, string expected)
            {
                var before = counter.Count;
                var reply = await chat.SendAsync(command);
                rows.Add((command, expected, counter.Count - before, FirstLine(reply.AllText)));
                return reply;
            }

            // Let the host's background start-up (reminder scheduler, queues) finish: the counter is process-wide.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idle = counter.Count;
            await Task.Delay(TimeSpan.FromSeconds(2));
            Console.WriteLine($"Background requests in 2 s of idle before the first command: {counter.Count - idle}");
            await Measure(channel, "vincular Resiliencia", "5 = lookup + list + create + link (2)");
            var mesa = (await services.GetRequiredService<MesaStore>().FindByConversationAsync(channel.TenantId, channel.ConversationId, CancellationToken.None))!;
            var seeding = await new MesaSeeder(services.GetRequiredService<OpenItemStore>())
                .SeedAsync(mesa, mesa.Today(services.GetRequiredService<TimeProvider>()), options.Closed);
            Console.WriteLine($"Seeded {options.Closed} closed + 50 open items in {seeding.TotalSeconds:F1} s");
            var next = options.Closed + 41;
            await PrintPendingReadAsync(services, counter, mesa);

            await Measure(channel, "pendientes", "2 = lookup + open rows (≤ 2 target)");
            await Measure(channel, "vencidas", "2 = lookup + open rows");
            await Measure(channel, "resumen", "2 = lookup + open rows");
            await Measure(channel, "acuerdo Se aprueba la hoja de ruta 2027", "3 = lookup + create (2)");
            await Measure(channel, "acuerdos", "2 = lookup + list (≤ 2 target)");
            await Measure(channel, "tarea revisar bases técnicas @Luis Soto para el viernes", "5 = lookup + create (4)");
            await Measure(channel, "compromiso Corfo: enviar propuesta de indicadores para el 15/12", "5 = lookup + create (4)");
            await Measure(channel, $"en curso T-{next}", "5 = lookup + status within open (4)");
            await Measure(channel, $"editar T-{next} revisar bases técnicas y económicas", "5 = lookup + edit (4)");
            await Measure(channel, $"posponer T-{next} 15/12", "7 = lookup + move due date (6)");
            await Measure(channel, $"reasignar T-{next} @Ana Pérez", "7 = lookup + reassign (6)");
            await Measure(channel, $"cumplida T-{next}", "6 = lookup + close (5)");
            var reopened = await Measure(channel, $"reabrir T-{next}", "not documented (closed → open)");
            var before = counter.Count;
            var pressed = await channel.PressAsync(CardVerbs.Complete, reopened.ButtonData(CardVerbs.Complete));
            rows.Add(("card button Complete (on the reabrir card)", "8 = lookup + mesa + item read + close (5)", counter.Count - before, FirstLine(pressed.CardText)));
            await Measure(channel, $"reabrir T-{next}", "not documented (closed → open)");
            await Measure(channel, $"cancelar T-{next}", "6 = lookup + close (5)");
            await Measure(channel, "coordinador @Luis Soto", "3 = lookup + mesa change (2)");
            await Measure(channel, "mesa renombrar Resiliencia Vial", "3 = lookup + mesa change (2)");

            var personal = new TeamsConversation(fixture, "personal", channel.TenantId) { Speaker = fixture.BotFramework.Members[1] };
            await Measure(personal, "mis pendientes", "1 = person's index partition (≤ 2 target)");

            Console.WriteLine();
            Console.WriteLine($"## Storage requests per chat command ({options.Closed} closed + 50 open items in the mesa)");
            Console.WriteLine();
            Console.WriteLine("| Command | Requests | Expected (docs/storage.md) | Reply starts |");
            Console.WriteLine("|---|---:|---|---|");
            foreach (var (command, expected, requests, reply) in rows)
            {
                var verdict = int.TryParse(expected.Split(' ')[0], out var e) ? (e == requests ? "" : " **≠**") : "";
                Console.WriteLine($"| `{command}` | {requests}{verdict} | {expected} | {reply} |");
            }
            Console.WriteLine($"Reproduce: {Machine.Command(args)}");
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    // What `pendientes` reads against what a history scan would: the open range only.
    private static async Task PrintPendingReadAsync(IServiceProvider services, RequestCountingPolicy counter, Mesa mesa)
    {
        var current = (await services.GetRequiredService<MesaStore>().GetAsync(mesa.TenantId, mesa.Id, CancellationToken.None))!;
        var before = counter.Count;
        var open = await services.GetRequiredService<OpenItemsQuery>().ReadAsync(current, CancellationToken.None);
        var openRequests = counter.Count - before;
        before = counter.Count;
        var history = await services.GetRequiredService<OpenItemStore>().ListAsync(current, RecordKind.ActionItem, CancellationToken.None);
        var historyRequests = counter.Count - before;
        Console.WriteLine($"`pendientes` open-items query: {openRequests} request, {open.ActionItems.Count + open.Commitments.Count} entities " +
            $"({open.ActionItems.Count} tareas + {open.Commitments.Count} compromisos); for contrast, listing every tarea: {historyRequests} requests, {history.Count} entities.");
    }

    private static string FirstLine(string text) =>
        // Skip a card's JSON scaffolding ("AdaptiveCard", "1.5", …): the first line with words is what the user reads.
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(l => l.Contains(' ', StringComparison.Ordinal))?.Replace("|", "\\|", StringComparison.Ordinal) is { } line
            ? line.Length > 70 ? line[..70] + "…" : line
            : "(no reply)";
}
