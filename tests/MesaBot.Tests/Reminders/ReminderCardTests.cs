using System.Globalization;
using MesaBot.Cards;
using MesaBot.Records;
using MesaBot.Reminders.Cards;
using MesaBot.Reminders.Planning;
using MesaBot.TestData;
using Xunit;

namespace MesaBot.Tests.Reminders;

public sealed class ReminderCardTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Mesa Mesa = new MesaBuilder().Build();
    private static readonly ReminderItem Item = new(new RecordRef(RecordKind.ActionItem, 3), "Revisar bases", Today, new Person("aad-luis", "Luis Soto", "29:luis"), null, "2");

    [Fact]
    public void Build_DueTodayWithTime_SaysTheHour()
    {
        // Act
        var json = Spanish(() => ReminderCard.Build(Mesa, Item with { DueTime = new TimeOnly(15, 0) }, ReminderKind.DueToday, Today, "29:luis"));

        // Assert
        Assert.Contains("Recordatorio: vence hoy a las 15:00.", json);
    }

    [Fact]
    public void Build_DueTodayWithoutTime_KeepsTheDayOnlyWording()
    {
        // Act
        var json = Spanish(() => ReminderCard.Build(Mesa, Item, ReminderKind.DueToday, Today));

        // Assert
        Assert.Contains("Recordatorio: vence hoy.", json);
        Assert.DoesNotContain("\"refresh\"", json);
    }

    [Fact]
    public void Build_WithTheRemindedPersonsTeamsId_RefreshesForThemWithTheItemsData()
    {
        // Act
        var card = ReminderCard.Build(Mesa, Item, ReminderKind.Upcoming, Today.AddDays(-1), "29:luis").ToJson();

        // Assert
        var refresh = card["refresh"]!;
        Assert.Equal(["29:luis"], refresh["userIds"]!.AsArray().Select(u => (string)u!));
        Assert.Equal(CardVerbs.RefreshItem, (string?)refresh["action"]!["verb"]);
        Assert.Equal((Mesa.Id, "T-3", "2"), ((string?)refresh["action"]!["data"]!["mesa"], (string?)refresh["action"]!["data"]!["ref"], (string?)refresh["action"]!["data"]!["version"]));
    }

    private static string Spanish(Func<AdaptiveCard> build)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-CL");
        try
        {
            return build().ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
