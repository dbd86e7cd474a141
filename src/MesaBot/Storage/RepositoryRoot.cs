namespace MesaBot.Storage;

/// <summary>Finds the checkout's root (the folder holding MesaBot.sln) from wherever the host runs.</summary>
internal static class RepositoryRoot
{
    public static string Find(string startDirectory)
    {
        foreach (var start in new[] { startDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No MesaBot.sln above {startDirectory}: local Azurite needs the repository checkout.");
    }
}
