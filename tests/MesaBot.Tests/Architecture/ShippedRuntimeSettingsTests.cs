using System.Text.Json.Nodes;

namespace MesaBot.Tests.Architecture;

/// <summary>
/// The runtime settings the host ships with (src/MesaBot/MesaBot.csproj) are what docs/benchmarks.md measured:
/// losing one in a project edit would move the chat benchmark's memory or CPU without any test noticing.
/// </summary>
public sealed class ShippedRuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", "false")]
    [InlineData("System.GC.Gen0MaxBudget", "0x1000000")]
    [InlineData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "0")]
    public void HostRuntimeConfig_CarriesTheMeasuredSetting(string name, string expected)
    {
        var properties = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MesaBot.runtimeconfig.json")))!
            ["runtimeOptions"]!["configProperties"]!;

        Assert.Equal(expected, properties[name]?.ToJsonString().Trim('"'));
    }
}
