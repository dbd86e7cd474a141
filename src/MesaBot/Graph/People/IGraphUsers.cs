namespace MesaBot.Graph;

/// <summary>Graph's /users, reduced to the one question MesaBot asks: who is this id or address?</summary>
public interface IGraphUsers
{
    Task<GraphUserResult> FindAsync(string idOrAddress, CancellationToken cancellationToken);
}

/// <summary>The fields of a Graph user MesaBot reads.</summary>
public sealed record GraphUser(string Id, string? DisplayName, string? Mail, string? UserPrincipalName, string? UserType)
{
    /// <summary>Guests carry userType "Guest" and a UPN with "#EXT#"; either suffices (old guests may lack userType).</summary>
    public bool IsGuest =>
        string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase)
        || (UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);
}

public enum GraphUserStatus
{
    Found,
    NotFound,
    NotConfigured,
    Failed,
}

public sealed record GraphUserResult(GraphUserStatus Status, GraphUser? User = null, GraphFailure? Failure = null)
{
    public static readonly GraphUserResult NotFound = new(GraphUserStatus.NotFound);
    public static readonly GraphUserResult NotConfigured = new(GraphUserStatus.NotConfigured);

    public static GraphUserResult Found(GraphUser user) => new(GraphUserStatus.Found, user);

    public static GraphUserResult Failed(GraphFailure failure) => new(GraphUserStatus.Failed, Failure: failure);
}
