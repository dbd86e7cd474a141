namespace MesaBot.Reminders.Cards;

/// <summary>
/// A reminder of the week that did not reach its person, as the weekly summary shows it. The card takes
/// this and not the ledger's row, so drawing it needs no storage type (and no ETag).
/// </summary>
public sealed record UndeliveredReminder(string Who, DateOnly Date, bool Unreachable);
