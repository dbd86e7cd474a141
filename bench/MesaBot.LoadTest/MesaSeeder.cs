using System.Diagnostics;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.LoadTest;

/// <summary>
/// Gives a mesa its history through the real stores (so every row, copy and index entry is what the bot
/// itself writes): <c>closed</c> tareas created and marked cumplida, then 40 open tareas and 10 open
/// compromisos (with 1,000 closed by default: the "1,000 historical and 50 pending").
/// </summary>
public sealed class MesaSeeder(OpenItemStore items)
{
    public static readonly Person Ana = new("aad-ana", "Ana Pérez", "29:user-ana");
    public static readonly Person Luis = new("aad-luis", "Luis Soto", "29:user-luis");

    public async Task<TimeSpan> SeedAsync(Mesa mesa, DateOnly today, int closed = 1000, int openTasks = 40, int openCommitments = 10)
    {
        var clock = Stopwatch.StartNew();
        var none = CancellationToken.None;
        var numbers = new List<int>(closed);
        for (var i = 1; i <= closed; i++)
        {
            var item = await items.CreateTaskAsync(mesa, new NewActionItem($"Tarea histórica {i}: revisar antecedentes de la región", Luis, today.AddDays(i % 60)), Ana, null, none);
            numbers.Add(item.Number);
        }

        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (number, ct) =>
            await items.SetStatusAsync(mesa, new RecordRef(RecordKind.ActionItem, number), ItemStatus.Cumplida, Ana, null, ct));

        for (var i = 1; i <= openTasks; i++)
        {
            await items.CreateTaskAsync(mesa, new NewActionItem($"Revisar el informe técnico {i} con los comentarios de las regiones", i % 2 == 0 ? Ana : Luis, today.AddDays(i % 30)), Ana, null, none);
        }

        for (var i = 1; i <= openCommitments; i++)
        {
            await items.CreateCommitmentAsync(mesa, new NewCommitment("Corfo", $"Enviar la propuesta de indicadores {i}", today.AddDays(i + 3), Ana), Ana, null, none);
        }

        return clock.Elapsed;
    }
}
