using System.Text.Json;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using MesaBot.Protocol.Hosting;
using MesaBot.Records;
using MesaBot.Records.Stores;

namespace MesaBot.Benchmarks;

/// <summary>
/// Two pieces of a `pendientes` turn that run per body and per row rather than per card: the body's text check
/// (against the way it was done before, reading every string) and turning the 50 rows the list query returns
/// into the list's items. Run: dotnet run -c Release --project bench/MesaBot.Benchmarks -- --filter '*TurnPartsBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TurnPartsBenchmarks
{
    private byte[] _body = [];
    private TableEntity[] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        _body = TurnFixtures.PendientesBody();
        // The columns a list query selects, as the SDK hands them over (ItemRow.From drops the service's own).
        _rows = [.. TurnFixtures.OpenItems().Select(view => view.Item).Select(item => new TableEntity(RecordKeys.MesaPartition(TurnFixtures.Mesa), RecordKeys.OpenRow(item.Kind, item.Number))
        {
            ["Number"] = item.Number,
            ["Text"] = item.Text,
            ["DueDate"] = RecordDates.Format(item.DueDate),
            ["Status"] = item.Status.ToString(),
            ["Revision"] = 1L,
            [item.Kind == RecordKind.Commitment ? "FollowerId" : "OwnerId"] = item.Accountable.ObjectId,
            [item.Kind == RecordKind.Commitment ? "FollowerName" : "OwnerName"] = item.Accountable.Name,
        })];
    }

    [Benchmark(Baseline = true)]
    public bool TextCheckReadingEveryString()
    {
        var reader = new Utf8JsonReader(_body);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                _ = reader.GetString();
            }
        }

        return false;
    }

    [Benchmark]
    public bool TextCheck() => ActivityShape.HasInvalidText(_body);

    [Benchmark]
    public int ListRowsToPending()
    {
        var count = 0;
        foreach (var row in _rows)
        {
            count += ItemRow.From(row).ToPending(TurnFixtures.Mesa).Ref.Number;
        }

        return count;
    }
}
