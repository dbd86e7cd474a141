using Microsoft.Extensions.Options;

namespace MesaBot.Dates;

public static class DatesServiceCollectionExtensions
{
    /// <summary>Holiday calendar from configuration and the Chilean mesa clock.</summary>
    public static IHostApplicationBuilder AddMesaDates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HolidayOptions>()
            .Bind(builder.Configuration.GetSection(HolidayOptions.Section))
            .Validate(o => o.Dates.All(h => !string.IsNullOrWhiteSpace(h.Name) && h.Date != default),
                "Holidays:Dates needs a Date (yyyy-MM-dd) and a Name for every entry.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChileBusinessCalendar>();
        builder.Services.AddSingleton(sp => new MesaClock(sp.GetRequiredService<TimeProvider>(), MesaClock.ChileZone));
        return builder;
    }
}
