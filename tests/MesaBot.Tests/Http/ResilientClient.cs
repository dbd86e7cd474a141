using Microsoft.Extensions.DependencyInjection;

namespace MesaBot.Tests.Http;

/// <summary>
/// An HttpClient built the way the host builds one (IHttpClientFactory, the DI TimeProvider, the resilience
/// registration under test), answering from <paramref name="server"/> instead of the network.
/// </summary>
internal static class ResilientClient
{
    public static HttpClient Create(TimeProvider time, HttpMessageHandler server, Action<IServiceCollection, IHttpClientBuilder> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddLogging();
        services.AddMetrics();
        var builder = services.AddHttpClient("under-test").ConfigurePrimaryHttpMessageHandler(() => server);
        register(services, builder);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("under-test");
    }
}
