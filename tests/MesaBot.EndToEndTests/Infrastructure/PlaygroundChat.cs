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
        await Page.Locator("[data-lexical-editor=true]").First.ClickAsync();
        await TypeAsync(parts);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Starts a new post in a channel: parts beginning with "@" are picked from the mention menu (the
    /// channel only forwards posts that @mention the bot), the rest is typed; then "Post".
    /// </summary>
    public async Task PostAsync(params string[] parts)
    {
        await Page.Locator("[data-lexical-editor=true]").First.ClickAsync();
        await TypeAsync(parts);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
    }

    private async Task TypeAsync(string[] parts)
    {
        foreach (var part in parts)
        {
            if (part.StartsWith('@'))
            {
                await Page.Keyboard.TypeAsync(part[..Math.Min(4, part.Length)]);
                await Page.Locator("#typeahead-menu").GetByText(part[1..]).First.ClickAsync();
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

    /// <summary>Waits until a rendered Adaptive Card shows the text; fails with what the processes said.</summary>
    public async Task<ILocator> ExpectCardWithTextAsync(string text)
    {
        var card = Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = text }).Last;
        try
        {
            await card.WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No card showing «{text}» appeared.\nPage:\n{await Page.InnerTextAsync("body")}\n{environment.Diagnostics()}");
        }

        return card;
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(environment.ScreenshotDirectory, name + ".png") });
}
