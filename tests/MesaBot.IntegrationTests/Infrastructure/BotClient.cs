using System.Net.Http.Headers;
using System.Net.Http.Json;
using MesaBot.Protocol;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>Posts activities to the host's /api/messages the way the Teams channel does.</summary>
public sealed class BotClient(HttpClient http, FakeBotFramework botFramework)
{
    public Task<HttpResponseMessage> SendAsync(Activity activity) =>
        SendAsync(activity, new TestToken { ServiceUrl = activity.ServiceUrl });

    /// <summary>The activity with an Authorization header exactly as given (null: none), for forged-token tests.</summary>
    public Task<HttpResponseMessage> SendWithAuthorizationAsync(Activity activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(Activity activity, TestToken? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Sign(botFramework.SigningKey));
        }

        return http.SendAsync(request);
    }
}
