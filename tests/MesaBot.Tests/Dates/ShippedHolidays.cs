using MesaBot.Dates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MesaBot.Tests.Dates;

/// <summary>The holidays exactly as src/MesaBot/appsettings.json ships them, bound the way the host binds them.</summary>
internal static class ShippedHolidays
{
    private static readonly Lazy<HolidayOptions> Options = new(Load);

    public static ChileBusinessCalendar Calendar() => new(Microsoft.Extensions.Options.Options.Create(Options.Value));

    public static HolidayOptions Load()
    {
        var settings = Path.Combine(RepositoryRoot(), "src", "MesaBot", "appsettings.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(settings, optional: false).Build();
        return configuration.GetSection(HolidayOptions.Section).Get<HolidayOptions>()
            ?? throw new InvalidOperationException("appsettings.json has no Holidays section.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No MesaBot.sln above the test output.");
    }
}
