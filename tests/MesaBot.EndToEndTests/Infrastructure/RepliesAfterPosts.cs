using Microsoft.Playwright;

namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// Keeps the Playground's page from losing a reply. The page adds a new channel post to its state only
/// when the POST that sent it answers (saga "NewChannelPostAsync": addPost after the response), while the
/// bot's reply arrives over the WebSocket; if the reply comes first, the reducer's addPostReply throws
/// "Post with ID … does not exist" and the reply is never shown — our bot answers within the same
/// milliseconds, which made one CI run in four red (2 Dec 2026). So the server's WebSocket messages are held
/// while a message POST of the page is in flight and released, in order, once it has finished: the order a
/// person's client sees when the bot takes a few hundred milliseconds, as it does in Teams.
/// </summary>
public sealed class RepliesAfterPosts(IPage page)
{
    private readonly Lock _gate = new();
    private readonly Queue<Action> _held = new();
    private int _postsInFlight;

    public static async Task<RepliesAfterPosts> InstallAsync(IPage page)
    {
        var gate = new RepliesAfterPosts(page);
        page.Request += (_, request) => { if (IsMessagePost(request)) gate.PostStarted(); };
        page.RequestFinished += (_, request) => { if (IsMessagePost(request)) _ = gate.PostEndedAsync(); };
        page.RequestFailed += (_, request) => { if (IsMessagePost(request)) _ = gate.PostEndedAsync(); };
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_ws_conversation/"), socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(frame => Forward(frame, server.Send, server.Send));
            server.OnMessage(frame => gate.Deliver(() => Forward(frame, socket.Send, socket.Send)));
        });
        return gate;
    }

    // POST /_conversation/v1/conversations/{id}/messages: what the page sends when a person posts or writes.
    private static bool IsMessagePost(IRequest request) =>
        request.Method == "POST"
        && new Uri(request.Url).AbsolutePath is var path
        && path.StartsWith("/_conversation/v1/conversations/", StringComparison.Ordinal)
        && path.EndsWith("/messages", StringComparison.Ordinal);

    private static void Forward(IWebSocketFrame frame, Action<string> sendText, Action<byte[]> sendBinary)
    {
        if (frame.Text is { } text)
        {
            sendText(text);
        }
        else
        {
            sendBinary(frame.Binary ?? []);
        }
    }

    private void PostStarted()
    {
        lock (_gate)
        {
            _postsInFlight++;
        }
    }

    // First one turn of the page's event loop (a task queued behind the response's own handling, which adds
    // the post); then the held messages, sent under the lock so that one arriving meanwhile cannot overtake them.
    private async Task PostEndedAsync()
    {
        try
        {
            await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
        }
        catch (PlaywrightException)
        {
            // The page is closing: nothing left to deliver to.
        }

        lock (_gate)
        {
            _postsInFlight = Math.Max(0, _postsInFlight - 1);
            while (_postsInFlight == 0 && _held.TryDequeue(out var send))
            {
                send();
            }
        }
    }

    private void Deliver(Action send)
    {
        lock (_gate)
        {
            if (_postsInFlight > 0)
            {
                _held.Enqueue(send);
                return;
            }

            send();
        }
    }
}
