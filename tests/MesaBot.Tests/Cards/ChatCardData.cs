using System.Globalization;
using System.Text.Json.Nodes;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.TestData;

namespace MesaBot.Tests.Cards;

/// <summary>Test data and JSON queries for the chat cards' tests.</summary>
internal static class ChatCardData
{
    /// <summary>Wednesday 10 December 2025.</summary>
    public static readonly DateOnly Today = new(2025, 12, 10);

    public static readonly Person Ana = new("aaaaaaaa-0000-0000-0000-000000000001", "Ana Pérez");
    public static readonly Person Ñusta = new("aaaaaaaa-0000-0000-0000-000000000002", "Ñusta Muñoz");

    public static IReadOnlyList<Person> Members { get; } = [Ana, Ñusta];

    public static Mesa Resiliencia { get; } = new MesaBuilder { Coordinators = [Ñusta] }.Build();

    public static OpenItem Task(ItemStatus status = ItemStatus.Pendiente, int dueInDays = 3, int number = 3) => new ItemBuilder
    {
        Number = number, Text = "Revisar la metodología de riesgo de puentes", Accountable = Ana, DueDate = Today.AddDays(dueInDays),
        Status = status, CreatedBy = Ñusta, Version = "17",
    }.Task();

    public static OpenItem Commitment(ItemStatus status = ItemStatus.Pendiente, int dueInDays = 5) => new ItemBuilder
    {
        Number = 7, Partner = "Cámara Chilena de la Construcción", ContactName = "Andrés Peña", ContactEmail = "apena@cchc.cl",
        Text = "Compartir el catastro de obras", DueDate = Today.AddDays(dueInDays), Status = status, Accountable = Ana, CreatedBy = Ñusta, Version = "4",
    }.Commitment();

    public static ItemRow Row(int number, int dueInDays, ItemStatus status = ItemStatus.Pendiente) =>
        new($"T-{number}", $"Tarea {number}", "Ana Pérez", Today.AddDays(dueInDays), status, "resiliencia", new RecordRef(RecordKind.ActionItem, number));

    /// <summary>Cards are built in the bot's language whatever the test machine's culture.</summary>
    public static JsonObject Spanish(Func<AdaptiveCard> build)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CL");
        try
        {
            return build().ToJson();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Every object of that "type" anywhere in the card (ShowCard cards and selectActions included).</summary>
    public static List<JsonObject> OfType(JsonNode node, string type)
    {
        var found = new List<JsonObject>();
        Walk(node, found, type);
        return found;
    }

    public static List<string> ExecuteTitles(JsonObject card) =>
        [.. card["actions"]?.AsArray().Select(a => (string)a!["title"]!) ?? []];

    public static List<string> Texts(JsonObject card) =>
        [.. OfType(card, "TextBlock").Select(t => (string)t["text"]!).Concat(OfType(card, "TextRun").Select(t => (string)t["text"]!))];

    public static List<JsonObject> Facts(JsonObject card) =>
        [.. OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => x!.AsObject()))];

    public static string? Fact(JsonObject card, string title) =>
        (string?)Facts(card).FirstOrDefault(f => (string?)f["title"] == title)?["value"];

    private static void Walk(JsonNode? node, List<JsonObject> found, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == type)
                {
                    found.Add(obj);
                }

                foreach (var (key, value) in obj)
                {
                    // The Action.Submit fallback repeats its Execute; count each button once.
                    if (key != "fallback")
                    {
                        Walk(value, found, type);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, found, type);
                }

                break;
        }
    }
}
