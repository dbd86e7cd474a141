using System.Text.Json;

namespace MesaBot.Protocol.Hosting;

/// <summary>
/// What makes a deserialized body a Bot Framework activity we can handle. The typed fields already
/// refused wrong JSON types while deserializing; this checks the raw parts we read later (channelData)
/// and the lists a sender may fill with nulls, so that nothing fails inside the turn.
/// </summary>
internal static class ActivityShape
{
    public const string NotAnActivity = "The body must be one JSON Bot Framework activity with a type.";

    /// <returns>Null when the activity is well formed; otherwise why not (the 400's detail).</returns>
    public static string? Problem(Activity activity)
    {
        if (activity.Type is not { Length: > 0 })
        {
            return NotAnActivity;
        }

        // JSON may say [null] where the type says a member; such a list is refused here, not in the router.
        if (activity.MembersAdded?.Any(m => m is null) == true || activity.MembersRemoved?.Any(m => m is null) == true)
        {
            return "membersAdded and membersRemoved may not hold null.";
        }

        try
        {
            activity.GetTeamsChannelData();
        }
        catch (JsonException)
        {
            return "channelData does not have the shape of Teams channel data (tenant, team and channel are objects with string ids).";
        }

        return null;
    }
}
