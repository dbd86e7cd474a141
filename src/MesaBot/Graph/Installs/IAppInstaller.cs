namespace MesaBot.Graph;

/// <summary>Installs MesaBot in a person's personal scope, so that Teams opens the 1:1 chat reminders need.</summary>
public interface IAppInstaller
{
    Task<AppInstallResult> InstallForUserAsync(string objectId, CancellationToken cancellationToken);
}

public enum AppInstallStatus
{
    /// <summary>201: Teams installs it and sends the bot an installationUpdate for the new personal chat.</summary>
    Installed,

    /// <summary>409: it was there already (the person may simply never have written to the bot).</summary>
    AlreadyInstalled,

    /// <summary>403: TeamsAppInstallation.ReadWriteSelfForUser.All is not granted; fall back to the Connector.</summary>
    PermissionDenied,

    /// <summary>Graph off or no catalog id configured.</summary>
    NotConfigured,

    /// <summary>Anything else (404 user, 5xx after retries, throttled too long).</summary>
    Failed,
}

public sealed record AppInstallResult(AppInstallStatus Status, GraphFailure? Failure = null)
{
    /// <summary>Whether the app is now in the person's personal scope, so a 1:1 can be created with their object id.</summary>
    public bool IsInstalled => Status is AppInstallStatus.Installed or AppInstallStatus.AlreadyInstalled;
}
