using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MesaBot.IntegrationTests.Graph;

/// <summary>
/// A channel's Files folder: GET /teams/{team}/channels/{channel}/filesFolder (the folder's drive item, with
/// parentReference.driveId) and the simple upload PUT /drives/{drive}/items/{parent}:/{name}:/content.
/// </summary>
public sealed partial class FakeGraph
{
    /// <summary>What was uploaded, by "{driveId}/{parentId}/{fileName}".</summary>
    public ConcurrentDictionary<string, byte[]> Uploads { get; } = new(StringComparer.Ordinal);

    /// <summary>False simulates an app without write access to the team's site (403 on the upload).</summary>
    public bool FilesPermission { get; set; } = true;

    public static string DriveOf(string teamId) => "b!drive-" + teamId;

    public static string FolderOf(string channelId) => "01FOLDER" + channelId.GetHashCode(StringComparison.Ordinal).ToString("X8");

    public static string WebUrlOf(string teamId, string fileName) =>
        $"https://mop.sharepoint.com/sites/{teamId}/Shared%20Documents/General/{Uri.EscapeDataString(fileName)}";

    private void MapFiles()
    {
        _app.MapGet("/v1.0/teams/{teamId}/channels/{channelId}/filesFolder", (string teamId, string channelId) => Results.Json(new Dictionary<string, object?>
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#teams('{teamId}')/channels('{channelId}')/filesFolder/$entity",
            ["id"] = FolderOf(channelId),
            ["name"] = "General",
            ["webUrl"] = $"https://mop.sharepoint.com/sites/{teamId}/Shared%20Documents/General",
            ["folder"] = new { childCount = 0 },
            ["parentReference"] = new { driveId = DriveOf(teamId), driveType = "documentLibrary" },
        }));
        // The SDK writes the item path as one segment "{parent}:/{name}:" followed by "/content".
        _app.MapPut("/v1.0/drives/{driveId}/items/{**path}", (string driveId, string path, HttpContext http) => Upload(driveId, Uri.UnescapeDataString(path), http));
    }

    private IResult Upload(string driveId, string path, HttpContext http)
    {
        var parts = path.Split(":/");
        if (parts.Length != 3 || parts[2] != "content" || parts[1].Length == 0)
        {
            return Error(http, 400, "invalidRequest", $"Unsupported item path '{path}'.");
        }

        if (!FilesPermission)
        {
            return Error(http, 403, "accessDenied", "Access denied");
        }

        var (parentId, fileName) = (parts[0], parts[1]);
        var bytes = (byte[])http.Items["bytes"]!;
        Uploads[$"{driveId}/{parentId}/{fileName}"] = bytes;
        var teamId = driveId["b!drive-".Length..];
        return Results.Json(new Dictionary<string, object?>
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#drives('{driveId}')/items/$entity",
            ["id"] = "01FILE" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..12],
            ["name"] = fileName,
            ["size"] = bytes.Length,
            ["webUrl"] = WebUrlOf(teamId, fileName),
            ["file"] = new { mimeType = http.Request.ContentType },
            ["parentReference"] = new { driveId, id = parentId },
        }, statusCode: 201);
    }
}
