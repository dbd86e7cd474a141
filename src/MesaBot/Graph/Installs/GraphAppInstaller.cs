using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MesaBot.Graph;

/// <summary>
/// POST /users/{id}/teamwork/installedApps binding the org-catalog app. Least privilege:
/// TeamsAppInstallation.ReadWriteSelfForUser.All lets MesaBot install only itself.
/// </summary>
internal sealed partial class GraphAppInstaller(GraphClientProvider clients, GraphOptions options, ILogger<GraphAppInstaller> logger) : IAppInstaller
{
    public async Task<AppInstallResult> InstallForUserAsync(string objectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.TeamsAppCatalogId))
        {
            return new AppInstallResult(AppInstallStatus.NotConfigured);
        }

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{options.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{options.TeamsAppCatalogId}",
            },
        };
        try
        {
            await clients.Create().Users[objectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            Log.Installed(logger, objectId);
            return new AppInstallResult(AppInstallStatus.Installed);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 409)
        {
            return new AppInstallResult(AppInstallStatus.AlreadyInstalled);
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            var failure = GraphLog.Failed(logger, "POST /users/{id}/teamwork/installedApps", error);
            return new AppInstallResult(failure.IsForbidden ? AppInstallStatus.PermissionDenied : AppInstallStatus.Failed, failure);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 7030, Level = LogLevel.Information, Message = "MesaBot installed in the personal scope of {ObjectId}")]
        public static partial void Installed(ILogger logger, string objectId);
    }
}
