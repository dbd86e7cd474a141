using Microsoft.Playwright;

namespace MesaBot.EndToEndTests.Infrastructure;

/// <summary>
/// A person at the Playground's page: picks a conversation, types, and reads what the bot shows. The
/// suite keeps one page open, as a person keeps one tab: the Playground starts each page load as a fresh
/// install, and the bot (rightly) welcomes a conversation only once.
/// </summary>
public sealed class PlaygroundChat(IPage page, PlaygroundEnvironment environment)
{
    public IPage Page { get; } = page;

    public static async Task<PlaygroundChat> OpenAsync(PlaygroundEnvironment environment)
    {
        var page = await environment.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await RepliesAfterPosts.InstallAsync(page); // before the page opens its WebSocket
        await page.GotoAsync(environment.PlaygroundUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("[data-lexical-editor=true]").WaitForAsync();
        return new PlaygroundChat(page, environment);
    }

    public async Task OpenConversationAsync(string name) =>
        await Page.GetByText(name, new() { Exact = true }).First.ClickAsync();

    /// <summary>Types into the chat box (a Lexical editor) and sends with Enter, as a person would.</summary>
    public async Task SendAsync(string text)
    {
        await Page.Locator("[data-lexical-editor=true]").First.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Writes in a chat (personal or group): "@" parts picked from the mention menu, then Enter.</summary>
    public async Task SendWithMentionsAsync(params string[] parts)
    {
        await Editor.ClickAsync();
        await TypeAsync(parts);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Starts a new post in a channel: parts beginning with "@" are picked from the mention menu (the
    /// channel only forwards posts that @mention the bot), the rest is typed; then "Post".
    /// </summary>
    public async Task PostAsync(params string[] parts)
    {
        await Editor.ClickAsync();
        await TypeAsync(parts);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
    }

    private ILocator Editor => Page.Locator("[data-lexical-editor=true]").First;

    private async Task TypeAsync(string[] parts)
    {
        foreach (var part in parts)
        {
            if (part.StartsWith('@'))
            {
                await Page.Keyboard.TypeAsync(part[..Math.Min(4, part.Length)]);
                await Page.Locator("#typeahead-menu").GetByText(part[1..]).First.ClickAsync();
                // The editor shows the whole name only once it has turned "@Ana" into the mention; typing on
                // before that (a busy machine) would post "@Ana" as plain text, and the tarea would have no owner.
                await Editor.Filter(new() { HasText = part[1..] }).WaitForAsync(new() { Timeout = 10_000 });
            }
            else
            {
                await Page.Keyboard.TypeAsync(part);
            }
        }
    }

    /// <summary>Waits until the conversation shows the text (in a message or a card).</summary>
    public async Task<ILocator> ExpectTextAsync(string text)
    {
        var found = Page.GetByText(text).Last;
        try
        {
            await found.WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"«{text}» never appeared.\nPage:\n{await Page.InnerTextAsync("body")}\n{environment.Diagnostics()}");
        }

        return found;
    }

    /// <summary>
    /// Waits until a rendered Adaptive Card shows every one of the texts; fails with what the processes said. The
    /// suite's tests share the channels, so each test's records need a text of their own to be found by it.
    /// </summary>
    public Task<ILocator> ExpectCardWithTextAsync(params string[] texts) => ExpectCardAsync(texts, absent: null);

    /// <summary>Waits until a card shows the text and no longer <paramref name="absent"/> (a card updated in place).</summary>
    public Task<ILocator> ExpectCardWithoutTextAsync(string text, string absent) => ExpectCardAsync([text], absent);

    private async Task<ILocator> ExpectCardAsync(string[] texts, string? absent)
    {
        var cards = Page.Locator(".ac-adaptiveCard");
        foreach (var text in texts)
        {
            cards = cards.Filter(new() { HasText = text });
        }

        var card = (absent is null ? cards : cards.Filter(new() { HasNotText = absent })).Last;
        try
        {
            await card.WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            var without = absent is null ? string.Empty : $" without «{absent}»";
            throw new Xunit.Sdk.XunitException($"No card showing «{string.Join("» and «", texts)}»{without} appeared.\nPage:\n{await Page.InnerTextAsync("body")}\n{environment.Diagnostics()}");
        }

        return card;
    }

    /// <summary>
    /// Links a channel to a mesa, whichever test of the run got there first: the suite's tests share the
    /// Playground's two channels, and xunit does not promise an order between classes.
    /// </summary>
    public async Task LinkChannelAsync(string channel, string mesa)
    {
        await OpenConversationAsync(channel);
        await PostAsync("@MesaBot", $" vincular {mesa}");
        var linked = Page.GetByText(new System.Text.RegularExpressions.Regex($"(creé la mesa|ya está vinculada a la mesa) \\**{mesa}")).Last;
        try
        {
            await linked.WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"«vincular {mesa}» got no answer.\nPage:\n{await Page.InnerTextAsync("body")}\n{environment.Diagnostics()}");
        }
    }

    /// <summary>
    /// Presses a card's Action.OpenUrl and returns the address it opens. The Playground opens it with
    /// window.open in a new tab; the tab is left out (a download shows no page) and the address kept, so
    /// the test fetches exactly what a person's browser would.
    /// </summary>
    public async Task<Uri> OpenedLinkAsync(ILocator card, string button)
    {
        await Page.EvaluateAsync("() => { window.__opened = []; window.__open = window.__open || window.open; window.open = u => { window.__opened.push(String(u)); return null; }; }");
        try
        {
            // An Action.OpenUrl renders as a link-like button: found by its title, whatever its role.
            await card.GetByText(button, new() { Exact = true }).ClickAsync();
            await Page.WaitForFunctionAsync("() => window.__opened.length > 0", null, new() { Timeout = 20_000 });
            return new Uri(await Page.EvaluateAsync<string>("() => window.__opened[0]"));
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("failed-open-link");
            throw new Xunit.Sdk.XunitException($"«{button}» opened no address.\nPage:\n{await Page.InnerTextAsync("body")}\n{environment.Diagnostics()}");
        }
        finally
        {
            await Page.EvaluateAsync("() => { window.open = window.__open; }");
        }
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(environment.ScreenshotDirectory, name + ".png") });

    /// <summary>A screen with <paramref name="focus"/> (a card just changed) in the middle of the view, not scrolled half out.</summary>
    public async Task ScreenshotAsync(string name, ILocator focus)
    {
        await focus.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await ScreenshotAsync(name);
    }
}
