namespace MesaBot.CardTests.Infrastructure;

/// <summary>The checkout's root, the folder holding MesaBot.sln, found from the test's bin folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MesaBot.sln above {AppContext.BaseDirectory}: the card check needs the repository checkout.");
    }
}
