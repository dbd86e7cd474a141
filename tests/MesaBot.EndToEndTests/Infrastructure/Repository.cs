using System.Net;
using System.Net.Sockets;

namespace MesaBot.EndToEndTests.Infrastructure;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the host is started from the same configuration the tests were built in.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MesaBot.sln not found above the test binaries.");
    }
}
