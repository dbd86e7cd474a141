namespace MesaBot.Bot;

/// <summary>The Action.Execute verbs MesaBot's cards send; one place so cards and routes agree.</summary>
public static class CardVerbs
{
    public const string ShowHelp = "ayuda";
}
