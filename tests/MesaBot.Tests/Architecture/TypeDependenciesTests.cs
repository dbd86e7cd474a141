namespace MesaBot.Tests.Architecture;

/// <summary>The graph the architecture tests judge must hold what only the IL shows, or they prove nothing.</summary>
public sealed class TypeDependenciesTests
{
    [Fact]
    public void All_CallInsideAnAsyncMethod_IsADependency()
    {
        // ReminderMessageBuilder calls the renderer only inside an async method (its compiler-made state machine).
        var dependencies = TypeDependencies.All;

        Assert.Contains(dependencies, d => d.OriginNamespace == "MesaBot.Reminders.Delivery"
            && d.Origin.StartsWith("MesaBot.Reminders.Delivery.ReminderMessageBuilder", StringComparison.Ordinal)
            && d.Target == "MesaBot.Graph.PartnerReminderMailRenderer");
    }

    [Fact]
    public void All_ConstructorParameter_IsADependency()
    {
        var dependencies = TypeDependencies.All;

        Assert.Contains(dependencies, d => d.Origin == "MesaBot.Bot.Handlers.QueryHandler" && d.Target == "MesaBot.Reminders.Digest.DigestQuery");
    }

    [Fact]
    public void All_ReadOfAConst_IsADependency()
    {
        // ReminderCard names CardVerbs.Complete and Postpone, which the compiler copies in as strings.
        var dependencies = TypeDependencies.All;

        Assert.Contains(dependencies, d => d.Origin == "MesaBot.Reminders.Cards.ReminderCard" && d.Target == "MesaBot.Cards.CardVerbs");
    }
}
