using System.Text.Json;
using MesaBot.Protocol;

namespace MesaBot.IntegrationTests.Infrastructure;

/// <summary>Activities shaped as Teams sends them, for a MOP tenant with one team and a mesa channel.</summary>
public static class TeamsActivities
{
    public const string TenantId = "mop-tenant-0001";
    public const string BotId = "28:" + TestToken.AppId;
    public const string TeamId = "19:team-innovacion@thread.tacv2";
    public const string ChannelId = "19:mesa-resiliencia@thread.tacv2";

    public static Activity ChannelMessage(string serviceUrl, string text, string tenantId = TenantId) => Parse($$"""
        {
          "type": "message",
          "id": "{{Guid.NewGuid():N}}",
          "timestamp": "2026-11-25T12:00:00.000Z",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user-ana", "name": "Ana Pérez", "aadObjectId": "aad-ana" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{tenantId}}", "id": "{{ChannelId}};messageid=1732536000000" },
          "recipient": { "id": "{{BotId}}", "name": "MesaBot" },
          "textFormat": "plain",
          "text": "<at>MesaBot</at> {{text}}",
          "locale": "en-US",
          "entities": [
            { "type": "mention", "mentioned": { "id": "{{BotId}}", "name": "MesaBot" }, "text": "<at>MesaBot</at>" },
            { "type": "clientInfo", "locale": "es-CL", "country": "CL", "platform": "Web", "timezone": "America/Santiago" }
          ],
          "channelData": {
            "teamsChannelId": "{{ChannelId}}", "teamsTeamId": "{{TeamId}}",
            "channel": { "id": "{{ChannelId}}" }, "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{tenantId}}" }
          }
        }
        """);

    public static Activity BotAddedToTeam(string serviceUrl) => Parse($$"""
        {
          "type": "conversationUpdate",
          "id": "{{Guid.NewGuid():N}}",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user-ana", "aadObjectId": "aad-ana" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{TenantId}}", "id": "{{ChannelId}}" },
          "recipient": { "id": "{{BotId}}", "name": "MesaBot" },
          "membersAdded": [ { "id": "{{BotId}}" } ],
          "channelData": {
            "team": { "id": "{{TeamId}}", "name": "Innovación MOP", "aadGroupId": "group-1" },
            "eventType": "teamMemberAdded",
            "tenant": { "id": "{{TenantId}}" },
            "channel": { "id": "{{ChannelId}}" }
          }
        }
        """);

    public static Activity InstallationAddToTeam(string serviceUrl) => Parse($$"""
        {
          "type": "installationUpdate",
          "action": "add",
          "id": "{{Guid.NewGuid():N}}",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user-ana", "aadObjectId": "aad-ana" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{TenantId}}", "id": "{{ChannelId}}" },
          "recipient": { "id": "{{BotId}}", "name": "MesaBot" },
          "channelData": {
            "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{TenantId}}" }, "channel": { "id": "{{ChannelId}}" },
            "settings": { "selectedChannel": { "id": "{{ChannelId}}" } }
          }
        }
        """);

    public static Activity CardAction(string serviceUrl, string verb) => Parse($$"""
        {
          "type": "invoke",
          "name": "adaptiveCard/action",
          "id": "{{Guid.NewGuid():N}}",
          "serviceUrl": "{{serviceUrl}}",
          "channelId": "msteams",
          "from": { "id": "29:user-ana", "aadObjectId": "aad-ana" },
          "conversation": { "conversationType": "personal", "tenantId": "{{TenantId}}", "id": "a:personal-ana" },
          "recipient": { "id": "{{BotId}}", "name": "MesaBot" },
          "value": { "action": { "type": "Action.Execute", "verb": "{{verb}}", "data": {} }, "trigger": "manual" },
          "channelData": { "tenant": { "id": "{{TenantId}}" }, "source": { "name": "message" } }
        }
        """);

    public static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
}
