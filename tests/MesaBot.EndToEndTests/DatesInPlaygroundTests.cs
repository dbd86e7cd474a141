using System.Globalization;
using MesaBot.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MesaBot.EndToEndTests;

/// <summary>
/// Issue 14, findings 2–4 tried again as a coordinator types them in the Playground's channel: a date at
/// the end without "para" (the manifest's own example), business days, a time of day, a vague month
/// with its suggestion buttons, an unreadable weekday, and a Sunday with its "move to the previous
/// business day" button. The host runs on the real clock, so dates the test writes are computed from
/// today in Santiago, far enough ahead that they never land in the past.
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class DatesInPlaygroundTests(PlaygroundEnvironment environment)
{
    [Fact]
    public async Task DatesAsPeopleWriteThem_AreUnderstoodOrExplained()
    {
        var chat = environment.Chat;
        await chat.LinkChannelAsync("General", "Vialidad Urbana"); // shared with the session, registrar and reassign tests

        // Finding 2: the command hint of manifest/manifest.json, owner first and the date last, no "para".
        await chat.PostAsync("@MesaBot", " tarea ", "@Ana Pérez", " enviar el informe de pavimentos el viernes");
        var friday = await RegisteredAsync(chat, "enviar el informe de pavimentos");
        Assert.Contains("viernes", friday, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Ana Pérez", friday);

        // Finding 2: a bare dd/MM at the end.
        var inThreeWeeks = SantiagoClock.Today().AddDays(21);
        await chat.PostAsync("@MesaBot", " tarea ", "@Luis Soto", $" revisar planos de la ciclovía {SantiagoClock.Typed(inThreeWeeks)}");
        var bare = await RegisteredAsync(chat, "revisar planos de la ciclovía");
        Assert.Contains(inThreeWeeks.ToString("d 'de' MMMM", Spanish), bare, StringComparison.OrdinalIgnoreCase);

        // Finding 3: business days and a time of day are accepted, never refused.
        await chat.PostAsync("@MesaBot", " tarea ", "@Ana Pérez", " coordinar la inspección de pavimentos en 10 días hábiles");
        var business = await RegisteredAsync(chat, "coordinar la inspección de pavimentos");
        Assert.DoesNotContain("no hábil", business, StringComparison.OrdinalIgnoreCase); // it lands on a business day
        await chat.PostAsync("@MesaBot", " tarea ", "@Luis Soto", " llamar a la seremi mañana a las 10");
        await RegisteredAsync(chat, "llamar a la seremi");
        await chat.ScreenshotAsync("25-fechas-habiles-y-hora");

        // Finding 3: a vague month says so and offers days as buttons; one press registers the task.
        await chat.PostAsync("@MesaBot", " tarea ", "@Ana Pérez", " preparar bases de licitación para marzo");
        var vague = await chat.ExpectCardWithTextAsync("es muy amplio para un plazo");
        Assert.Contains("preparar bases de licitación", await vague.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await chat.ScreenshotAsync("26-fecha-vaga", vague);
        var suggestions = vague.GetByRole(AriaRole.Button);
        Assert.InRange(await suggestions.CountAsync(), 1, 3);
        await suggestions.First.ClickAsync();
        Assert.Contains("marzo", await RegisteredAsync(chat, "preparar bases de licitación"), StringComparison.OrdinalIgnoreCase);

        // Finding 3: nonsense says which date was not understood, instead of "Falta el plazo".
        await chat.PostAsync("@MesaBot", " tarea ", "@Ana Pérez", " revisar el informe el juevesss");
        await chat.ExpectTextAsync("No entendí la fecha «el juevesss»");

        // Finding 4: a Sunday is kept, said, and can be moved to the Friday before it with one button.
        var sunday = NextSundayAfter(SantiagoClock.Today().AddDays(7));
        await chat.PostAsync("@MesaBot", " tarea ", "@Luis Soto", $" entregar minuta de tránsito antes del {SantiagoClock.Typed(sunday)}");
        var onSunday = await chat.ExpectCardWithTextAsync("entregar minuta de tránsito");
        Assert.Contains("Vence un domingo, día no hábil.", await onSunday.InnerTextAsync());
        await chat.ScreenshotAsync("27-fecha-domingo", onSunday);
        await onSunday.GetByRole(AriaRole.Button, new() { Name = "Mover al" }).ClickAsync();
        var moved = await chat.ExpectCardWithoutTextAsync("entregar minuta de tránsito", "día no hábil");
        // The Friday before, or the Thursday when that Friday is a holiday (25 December 2026, 1 January 2027).
        var movedText = await moved.InnerTextAsync();
        Assert.Contains(new[] { -2, -3 }.Select(d => sunday.AddDays(d).ToString("dddd d 'de' MMMM", Spanish)), day => movedText.Contains(day, StringComparison.Ordinal));
        await chat.ScreenshotAsync("27b-fecha-movida", moved);
    }

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CL");

    private static DateOnly NextSundayAfter(DateOnly day) => day.AddDays(((int)DayOfWeek.Sunday - (int)day.DayOfWeek + 7) % 7);

    /// <summary>The "Tarea T-n registrada" card of the task just written, as text.</summary>
    private static async Task<string> RegisteredAsync(PlaygroundChat chat, string text)
    {
        var card = await chat.ExpectCardWithTextAsync(text, "registrada");
        return await card.InnerTextAsync();
    }
}
