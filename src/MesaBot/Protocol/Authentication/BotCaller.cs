namespace MesaBot.Protocol.Authentication;

/// <summary>What a validated channel token says about its caller.</summary>
public sealed record BotCaller(string? ServiceUrl, IReadOnlyCollection<string> Endorsements)
{
    /// <summary>
    /// The checks that need the activity itself: the token must have been issued for this very service URL
    /// (the whole URL, as the Bot Framework SDKs compare it: a token for /amer/ does not deliver to
    /// /emea/), and its signing key endorsed for this channel.
    /// </summary>
    public bool MayDeliver(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channelId
        && Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase)
        && SameServiceUrl(ServiceUrl, activity.ServiceUrl);

    // Only a trailing slash is forgiven; the host's case does not matter, the rest must match exactly.
    private static bool SameServiceUrl(string? claimed, string? actual) =>
        Uri.TryCreate(claimed, UriKind.Absolute, out var a)
        && Uri.TryCreate(actual, UriKind.Absolute, out var b)
        && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port
        && string.Equals(a.PathAndQuery.TrimEnd('/'), b.PathAndQuery.TrimEnd('/'), StringComparison.Ordinal);
}
