using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;

namespace MesaBot.Graph;

/// <summary>
/// GET /users/{id or UPN}; for an address that is not a UPN (an alias, a guest's home address), a second
/// query by mail. Needs User.Read.All (application).
/// </summary>
internal sealed class GraphUsers(GraphClientProvider clients, ILogger<GraphUsers> logger) : IGraphUsers
{
    private static readonly string[] Fields = ["id", "displayName", "mail", "userPrincipalName", "userType"];

    public async Task<GraphUserResult> FindAsync(string idOrAddress, CancellationToken cancellationToken)
    {
        var graph = clients.Create();
        try
        {
            var user = await graph.Users[idOrAddress].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            return user?.Id is { Length: > 0 } ? GraphUserResult.Found(Map(user)) : GraphUserResult.NotFound;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404 && idOrAddress.Contains('@'))
        {
            // Not a UPN; maybe a mail address: asked below.
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return GraphUserResult.NotFound;
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            return GraphUserResult.Failed(GraphLog.Failed(logger, "GET /users/{id}", error));
        }

        try
        {
            var page = await graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"mail eq '{idOrAddress.Replace("'", "''", StringComparison.Ordinal)}'";
                r.QueryParameters.Select = Fields;
                r.QueryParameters.Top = 2;
            }, cancellationToken);
            return page?.Value is [{ Id.Length: > 0 } user] ? GraphUserResult.Found(Map(user)) : GraphUserResult.NotFound;
        }
        catch (Exception error) when (GraphFailure.IsGraphError(error, cancellationToken))
        {
            return GraphUserResult.Failed(GraphLog.Failed(logger, "GET /users?$filter=mail", error));
        }
    }

    private static GraphUser Map(Microsoft.Graph.Models.User user) =>
        new(user.Id!, user.DisplayName, user.Mail, user.UserPrincipalName, user.UserType);
}
