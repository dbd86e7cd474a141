using System.Net;
using System.Text;
using MesaBot.IntegrationTests.Infrastructure;
using MesaBot.Protocol;
using MesaBot.Protocol.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesaBot.IntegrationTests.Hardening;

/// <summary>
/// Issue 13, findings 2 and 3: the exact requests that answered 500. An activity that is not a valid
/// activity gets 400 problem+json; anything else a normal answer; no response body ever carries a stack trace.
/// </summary>
public sealed class MalformedActivityTests(UnauthenticatedHostFixture fixture) : IClassFixture<UnauthenticatedHostFixture>
{
    [Theory]
    [InlineData("""{ "type": "mention", "mentioned": { "id": "29:user-ana", "name": "Ana" }, "text": 42 }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": 42, "name": "Ana" }, "text": "<at>Ana</at>" }""")]
    [InlineData("""{ "type": "mention", "mentioned": "28:bot" }""")]
    [InlineData("""17""")]
    public async Task Message_MentionOfWrongShape_AnsweredNot500(string entity)
    {
        var response = await PostAsync(Message("ayuda", entities: $"[{entity}]"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{ "tenant": "mop-tenant" }""")]
    [InlineData("""{ "tenant": { "id": 42 } }""")]
    [InlineData("""{ "channel": [1, 2] }""")]
    public async Task Message_ChannelDataOfWrongShape_Answers400ProblemJson(string channelData)
    {
        var response = await PostAsync(Message("pendientes", channelData: channelData));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("\"junk\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    public async Task Message_ChannelDataNotAnObject_Answered(string channelData)
    {
        var response = await PostAsync(Message("ayuda", channelData: channelData));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ConversationUpdate_MembersAddedNull_Answers400()
    {
        var body = $$"""
            { "type": "conversationUpdate", "id": "cu-1", "channelId": "msteams", "serviceUrl": "{{fixture.BotFramework.ServiceUrl}}",
              "recipient": { "id": "28:bot" }, "conversation": { "id": "19:x@thread.tacv2", "conversationType": "channel" },
              "membersAdded": [null] }
            """;

        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "item.cumplida", "data": { "ref": "T-1" } } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "item.cumplida", "data": { "mesa": "../x", "ref": "T-1" } } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "lista.mas", "data": { "mesa": { "a": 1 }, "consulta": [] } } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "item.ver", "data": "T-1" } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": 42 } }""")]
    public async Task CardAction_DataWithoutOrWithBadMesa_AnsweredWithoutStorageError(string value)
    {
        var response = await PostAsync(Invoke("adaptiveCard/action", value));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotImplemented, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task Message_LoneSurrogatesAndNoncharacters_Answered()
    {
        var response = await PostAsync(Message("tarea \\ud800 revisar \\uFFFE bases para el viernes \\udc00"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task UnexpectedFailure_InDevelopment_ProblemJsonWithoutStackTrace()
    {
        using var failing = fixture.Host.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IBot>();
            s.AddSingleton<IBot, ThrowingBot>();
        }));

        var response = await failing.CreateClient().PostAsync("/api/messages", Json(Message("ayuda")));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(nameof(ThrowingBot), body);
        Assert.DoesNotContain(" at ", body);
    }

    private sealed class ThrowingBot : IBot
    {
        public Task<InvokeResponse?> OnTurnAsync(Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret internals");
    }

    private string Message(string text, string entities = "[]", string channelData = """{ "tenant": { "id": "t-hardening" } }""") => $$"""
        { "type": "message", "id": "{{Guid.NewGuid():N}}", "channelId": "msteams", "serviceUrl": "{{fixture.BotFramework.ServiceUrl}}",
          "from": { "id": "29:user-ana", "name": "Ana Pérez", "aadObjectId": "aad-ana" }, "recipient": { "id": "28:bot", "name": "MesaBot" },
          "conversation": { "id": "a:personal-hardening", "conversationType": "personal", "tenantId": "t-hardening" },
          "text": "{{text}}", "entities": {{entities}}, "channelData": {{channelData}} }
        """;

    private string Invoke(string name, string value) => $$"""
        { "type": "invoke", "name": "{{name}}", "id": "{{Guid.NewGuid():N}}", "channelId": "msteams", "serviceUrl": "{{fixture.BotFramework.ServiceUrl}}",
          "from": { "id": "29:user-ana", "name": "Ana Pérez", "aadObjectId": "aad-ana" }, "recipient": { "id": "28:bot", "name": "MesaBot" },
          "conversation": { "id": "19:hardening@thread.tacv2;messageid=1", "conversationType": "channel", "tenantId": "t-hardening" },
          "channelData": { "tenant": { "id": "t-hardening" } }, "value": {{value}} }
        """;

    private Task<HttpResponseMessage> PostAsync(string body) => fixture.Host.CreateClient().PostAsync("/api/messages", Json(body));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
