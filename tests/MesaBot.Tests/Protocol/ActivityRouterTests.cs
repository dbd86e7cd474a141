using System.Text.Json;
using MesaBot.Protocol;
using MesaBot.Protocol.Connector;
using MesaBot.Protocol.Routing;
using Moq;

namespace MesaBot.Tests.Protocol;

public sealed class ActivityRouterTests
{
    private readonly List<string> _calls = [];

    private ActivityRouter<TurnContext> NewRouter() => new ActivityRouter<TurnContext>()
        .OnCommand(["pendientes"], Record("pendientes"))
        .OnCommand(["mis pendientes"], Record("mis pendientes"))
        .OnCommand(["acuerdo"], Record("acuerdo"))
        .OnBotAdded(Record("added"))
        .OnCardAction("tarea.cumplida", (t, _) => Task.FromResult(InvokeResponse.Ok("done")))
        .OnMessageAction("composeExtension/fetchTask", "registrarMensaje", (t, _) => Task.FromResult(InvokeResponse.Ok("task")))
        .OnUnmatchedMessage(Record("unmatched"));

    [Theory]
    [InlineData("pendientes", "pendientes", "")]
    [InlineData("Mis Pendientes", "mis pendientes", "")]
    [InlineData("mis  pendientes   de hoy", "mis pendientes", "de hoy")]
    [InlineData("ACUÉRDO Se aprueba la hoja de ruta\nsegunda línea", "acuerdo", "Se aprueba la hoja de ruta\nsegunda línea")]
    [InlineData("pendientesX", "unmatched", "pendientesX")]
    [InlineData("", "unmatched", "")]
    public async Task RouteAsync_Message_PicksLongestCommandAndKeepsArguments(string text, string expected, string arguments)
    {
        var turn = Turn(new Activity { Type = ActivityTypes.Message, Text = text });

        var response = await NewRouter().RouteAsync(turn, CancellationToken.None);

        Assert.Null(response);
        Assert.Equal([expected], _calls);
        Assert.Equal(arguments, turn.CommandArguments);
    }

    [Fact]
    public async Task RouteAsync_ConversationUpdateWithBotAdded_CallsBotAdded()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = new ChannelAccount { Id = "28:bot" },
            MembersAdded = [new ChannelAccount { Id = "29:someone" }, new ChannelAccount { Id = "28:bot" }],
        };

        await NewRouter().RouteAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["added"], _calls);
    }

    [Fact]
    public async Task RouteAsync_ConversationUpdateWithOnlyPeopleAdded_CallsNothing()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = new ChannelAccount { Id = "28:bot" },
            MembersAdded = [new ChannelAccount { Id = "29:someone" }],
        };

        await NewRouter().RouteAsync(Turn(activity), CancellationToken.None);

        Assert.Empty(_calls);
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("remove", false)]
    public async Task RouteAsync_InstallationUpdate_CallsBotAddedOnlyOnAdd(string action, bool called)
    {
        await NewRouter().RouteAsync(Turn(new Activity { Type = ActivityTypes.InstallationUpdate, Action = action }), CancellationToken.None);

        Assert.Equal(called, _calls.Contains("added"));
    }

    [Theory]
    [InlineData("adaptiveCard/action", """{ "action": { "type": "Action.Execute", "verb": "tarea.cumplida" } }""", 200, "done")]
    [InlineData("adaptiveCard/action", """{ "action": { "type": "Action.Execute", "verb": "otra.cosa" } }""", 501, null)]
    [InlineData("composeExtension/fetchTask", """{ "commandId": "registrarMensaje" }""", 200, "task")]
    [InlineData("composeExtension/fetchTask", """{ "commandId": "otroComando" }""", 501, null)]
    [InlineData("composeExtension/fetchTask", """{ "commandId": 42 }""", 501, null)]
    [InlineData("composeExtension/query", "{}", 501, null)]
    public async Task RouteAsync_Invoke_ByNameAndVerb_Or501(string name, string value, int status, string? body)
    {
        var activity = new Activity { Type = ActivityTypes.Invoke, Name = name, Value = JsonDocument.Parse(value).RootElement };

        var response = await NewRouter().RouteAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(status, response!.Status);
        Assert.Equal(body, response.Body);
    }

    private TurnHandler<TurnContext> Record(string name) => (_, _) =>
    {
        _calls.Add(name);
        return Task.CompletedTask;
    };

    private static TurnContext Turn(Activity activity) => new(activity, Mock.Of<IConnectorClient>());
}
