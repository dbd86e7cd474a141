using MesaBot.Protocol.Routing;

namespace MesaBot.Bot.Chat;

/// <summary>
/// How people say MesaBot's commands in English, each mapped to the command it means. The router's own
/// phrases come first (some English words — "pending", "done", "task" — are commands everywhere); this
/// table is read only for what they did not match. An English mesa runs the command; a Spanish one
/// offers it as "¿Quisiste decir…?", so Spanish stays the language of the record.
/// </summary>
public static class EnglishCommands
{
    private static readonly (string English, string Command)[] Phrases =
    [
        ("show pending", "pendientes"), ("list pending", "pendientes"), ("pending items", "pendientes"), ("pending tasks", "pendientes"),
        ("show tasks", "pendientes"), ("list tasks", "pendientes"), ("open items", "pendientes"), ("show open items", "pendientes"),
        ("what is pending", "pendientes"), ("whats pending", "pendientes"), ("what's pending", "pendientes"),
        ("my tasks", "mis pendientes"), ("my items", "mis pendientes"), ("my pending items", "mis pendientes"), ("show my tasks", "mis pendientes"),
        ("show my pending", "mis pendientes"), ("my to do", "mis pendientes"), ("my todo", "mis pendientes"),
        ("show overdue", "vencidas"), ("list overdue", "vencidas"), ("overdue items", "vencidas"), ("overdue tasks", "vencidas"), ("late items", "vencidas"), ("late tasks", "vencidas"),
        ("show agreements", "acuerdos"), ("list agreements", "acuerdos"), ("decisions", "acuerdos"),
        ("show summary", "resumen"), ("weekly summary", "resumen"), ("status report", "resumen"),
        ("add task", "tarea"), ("create task", "tarea"), ("new action item", "nueva tarea"), ("action item", "tarea"), ("add action item", "tarea"),
        ("add agreement", "acuerdo"), ("record agreement", "acuerdo"), ("create agreement", "acuerdo"), ("decision", "acuerdo"),
        ("add commitment", "compromiso"), ("record commitment", "compromiso"), ("create commitment", "compromiso"),
        ("mark done", "cumplida"), ("mark as done", "cumplida"), ("complete", "cumplida"), ("completed", "cumplida"), ("finish", "cumplida"), ("close", "cumplida"),
        ("in progress", "en curso"), ("mark in progress", "en curso"), ("begin", "en curso"),
        ("delay", "posponer"), ("reschedule", "posponer"), ("extend", "posponer"), ("move", "posponer"),
        ("assign", "reasignar"), ("hand over", "reasignar"), ("transfer", "reasignar"),
        ("update", "editar"), ("change text", "editar"), ("withdraw", "cancelar"), ("drop", "cancelar"), ("open again", "reabrir"),
        ("annul", "anular"), ("void", "anular"), ("revoke", "anular"), ("rescind", "anular"),
        ("follow up", "seguimiento"), ("mark for follow up", "seguimiento"), ("unfollow", "seguimiento quitar"), ("stop following", "seguimiento quitar"),
        ("connect", "vincular"), ("link mesa", "vincular"),
        ("add coordinator", "coordinador"), ("make coordinator", "coordinador"), ("remove coordinator", "coordinador quitar"),
        ("rename mesa", "mesa renombrar"), ("archive mesa", "mesa archivar"), ("language", "mesa idioma"), ("guests", "mesa invitados"), ("emails", "mesa correos"),
        ("reminder settings", "recordatorios"), ("notification settings", "recordatorios"),
        ("commands", "ayuda"), ("show help", "ayuda"), ("what can you do", "ayuda"),
    ];

    // Longest first, so "show my pending" wins over a shorter phrase it starts with.
    private static readonly (string[] Words, string Command)[] ByLength =
        [.. Phrases.Select(p => (Words(p.English), p.Command)).OrderByDescending(p => p.Item1.Length)];

    /// <summary>Every command the table points to, so a test can check each is a real one.</summary>
    public static IEnumerable<string> Targets => Phrases.Select(p => p.Command).Distinct();

    /// <returns>The command meant, with the rest of the text as typed ("show pending CChC" → "pendientes CChC"); null if no English phrase starts the text.</returns>
    public static string? Translate(string text)
    {
        var words = Words(text);
        foreach (var (phrase, command) in ByLength)
        {
            if (words.Length >= phrase.Length && phrase.SequenceEqual(words[..phrase.Length]))
            {
                var rest = CommandText.After(text, phrase.Length);
                return rest.Length == 0 ? command : command + " " + rest;
            }
        }

        return null;
    }

    private static string[] Words(string text) =>
        CommandWords.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The text after a command's first words, in the user's own spelling.</summary>
public static class CommandText
{
    public static string After(string text, int wordCount)
    {
        var rest = text.AsSpan().TrimStart();
        for (var i = 0; i < wordCount; i++)
        {
            var end = rest.IndexOfAny(" \t\r\n");
            rest = end < 0 ? [] : rest[end..].TrimStart();
        }

        return rest.ToString().Trim();
    }
}
