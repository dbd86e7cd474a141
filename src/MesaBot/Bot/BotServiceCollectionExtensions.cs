using MesaBot.Bot.Cards;
using MesaBot.Bot.Handlers;
using MesaBot.Bot.Resources;
using MesaBot.Conversations;
using MesaBot.Protocol.Routing;
using MesaBot.Storage;

namespace MesaBot.Bot;

public static class BotServiceCollectionExtensions
{
    public static WebApplicationBuilder AddMesaBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new RequiredTable(ConversationStore.TableName));
        services.AddSingleton<ConversationStore>();

        services.AddSingleton<WelcomeHandler>();
        services.AddSingleton<HelpHandler>();
        services.AddSingleton<UnknownCommandHandler>();
        services.AddSingleton(new CommandHelp(0, "ayuda", () => Strings.Help_Command_Ayuda));

        services.AddSingleton<IBot, MesaBotApplication>();
        return builder;
    }
}
