using System.Globalization;
using MesaBot.Bot.Chat;
using MesaBot.Dates;
using MesaBot.Records;

namespace MesaBot.TestData;

/// <summary>
/// A refusal as a Spanish mesa reads it. Tests assert the words users see; the records and the date
/// parser only carry keys, so the words come from the bot's translator, in es-CL whatever the machine's culture.
/// </summary>
public static class SpanishErrors
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-CL");

    public static string Text(RecordException error) => ErrorText.For(error, Culture);

    public static string? Text(DateError? error) => error is null ? null : ErrorText.For(error, Culture);
}
