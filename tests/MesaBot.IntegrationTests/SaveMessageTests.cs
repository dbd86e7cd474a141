using System.Net;
using MesaBot.IntegrationTests.Infrastructure;

namespace MesaBot.IntegrationTests;

/// <summary>"Registrar en MesaBot" on a chat message: the dialog, then the saved record.</summary>
public sealed class SaveMessageTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Link = "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1764075851163";

    private static object Payload(object? data = null, string command = "registrarMensaje") => new
    {
        commandId = command,
        commandContext = "message",
        messagePayload = new
        {
            id = "1764075851163",
            body = new { contentType = "html", content = "<p>Acordamos que <b>CChC</b> enviará la propuesta&nbsp;de indicadores</p>" },
            from = new { user = new { id = "29:user-luis", displayName = "Luis Soto" } },
            linkToMessage = Link,
        },
        data,
    };

    [Fact]
    public async Task FetchTask_LinkedChannel_DialogPrefilledWithMessageTextAndAuthor()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        var reply = await chat.InvokeAsync("composeExtension/fetchTask", Payload());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("continue", reply.Body.GetProperty("task").GetProperty("type").GetString());
        Assert.Contains("Acordamos que CChC enviará la propuesta de indicadores", reply.CardText);
        Assert.Contains("Luis Soto", reply.CardText);
    }

    [Fact]
    public async Task FetchTask_UnlinkedConversation_ExplainsInsteadOfForm()
    {
        var chat = new TeamsConversation(fixture);

        var reply = await chat.InvokeAsync("composeExtension/fetchTask", Payload());

        Assert.Equal("message", reply.Body.GetProperty("task").GetProperty("type").GetString());
        Assert.Contains("vincular", reply.CardText);
    }

    [Fact]
    public async Task SubmitAction_AsActionItem_CreatesWithLinkAndPostsCard_OnceEvenIfResent()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");
        var data = new { tipo = "tarea", texto = "Revisar la propuesta de indicadores", fecha = "2026-12-04", responsable = "aad-luis" };

        var reply = await chat.InvokeAsync("composeExtension/submitAction", Payload(data));
        var resent = await chat.InvokeAsync("composeExtension/submitAction", Payload(data), reply.ActivityId);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(HttpStatusCode.OK, resent.Status);
        var posted = new Reply([.. fixture.BotFramework.SentActivities().Where(a => a.ReplyToId == reply.ActivityId)]);
        posted.AssertContains("T-1").AssertContains("Revisar la propuesta de indicadores").AssertContains("Luis Soto");
        var pending = await chat.SendAsync("pendientes");
        pending.AssertContains("Revisar la propuesta de indicadores");
        Assert.DoesNotContain("T-2", pending.AllText);
    }

    [Fact]
    public async Task SubmitAction_MissingDateForTask_SaysWhatIsMissingAndSavesNothing()
    {
        var chat = new TeamsConversation(fixture);
        await chat.SendAsync("vincular Resiliencia");

        var reply = await chat.InvokeAsync("composeExtension/submitAction", Payload(new { tipo = "tarea", texto = "algo", responsable = "aad-luis" }));

        Assert.Equal("message", reply.Body.GetProperty("task").GetProperty("type").GetString());
        Assert.Contains("Faltan datos", reply.CardText);
        (await chat.SendAsync("pendientes")).AssertContains("La mesa no tiene tareas ni compromisos pendientes");
    }

    [Fact]
    public async Task FetchTask_OtherCommand_Answers501()
    {
        var chat = new TeamsConversation(fixture);

        var reply = await chat.InvokeAsync("composeExtension/fetchTask", Payload(command: "otroComando"));

        Assert.Equal(HttpStatusCode.NotImplemented, reply.Status);
    }
}
