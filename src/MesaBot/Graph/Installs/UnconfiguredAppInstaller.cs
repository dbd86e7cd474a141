namespace MesaBot.Graph;

/// <summary>Graph switched off (Development): nobody is installed; callers fall back to the Connector.</summary>
internal sealed class UnconfiguredAppInstaller : IAppInstaller
{
    public Task<AppInstallResult> InstallForUserAsync(string objectId, CancellationToken cancellationToken) =>
        Task.FromResult(new AppInstallResult(AppInstallStatus.NotConfigured));
}
