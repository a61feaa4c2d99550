using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Tests.Support;

namespace MicroFuture.Bot.Tests.Hosting;

/// <summary>Teams-shaped inbound activities beyond a personal message, built from it so the common fields stay one place.</summary>
internal static class TeamsPayloads
{
    public const string BotId = "28:bot-1";

    public static JsonObject Personal(string serviceUrl, string? text = "help", string? id = null, string conversationId = "a:personal-chat-1")
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(serviceUrl, text ?? "", id, conversationId))!.AsObject();
        if (text is null)
        {
            activity.Remove("text");
        }
        return activity;
    }

    public static JsonObject ChannelMessage(string serviceUrl, string text, string id, string conversationId = "19:abc@thread.tacv2;messageid=123")
    {
        var activity = Personal(serviceUrl, text, id);
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = "00000000-0000-0000-0000-000000000001",
            ["id"] = conversationId,
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "MicroFuture" },
            ["text"] = "<at>MicroFuture</at>",
        });
        activity["channelData"] = JsonNode.Parse("""
            {"teamsChannelId":"19:abc@thread.tacv2","teamsTeamId":"19:team@thread.tacv2","channel":{"id":"19:abc@thread.tacv2"},
             "team":{"id":"19:team@thread.tacv2"},"tenant":{"id":"00000000-0000-0000-0000-000000000001"}}
            """);
        return activity;
    }

    public static JsonObject MembersAdded(string serviceUrl, string id, string conversationId = "a:personal-chat-1")
    {
        var activity = Personal(serviceUrl, text: null, id, conversationId);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "29:user-1", ["aadObjectId"] = "00000000-0000-0000-0000-000000000020" },
            new JsonObject { ["id"] = BotId });
        activity.Remove("textFormat");
        return activity;
    }

    /// <summary>
    /// A conversationUpdate in a team's General channel adding <paramref name="memberId"/> (the bot when it is installed
    /// in the team, a user when someone joins the team), shaped as Teams sends it: <c>channelData.team</c> and
    /// <c>eventType</c> "teamMemberAdded", the conversation being the General channel (its id is the team's).
    /// </summary>
    public static JsonObject TeamMemberAdded(string serviceUrl, string id, string memberId, string teamId = "19:team-general@thread.tacv2")
    {
        var activity = MembersAdded(serviceUrl, id, teamId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberId });
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = "00000000-0000-0000-0000-000000000001",
            ["id"] = teamId,
        };
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "MICROFUTURE partners", ["aadGroupId"] = "00000000-0000-0000-0000-000000000030" },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000001" },
        };
        activity.Remove("entities");
        activity.Remove("locale");
        return activity;
    }

    public static JsonObject InstallationAdd(string serviceUrl, string id, string conversationId = "a:personal-chat-1")
    {
        var activity = Personal(serviceUrl, text: null, id, conversationId);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity["channelData"] = JsonNode.Parse("""
            {"settings":{"selectedChannel":{"id":"19:abc@thread.tacv2"}},"source":{"name":"message"},"tenant":{"id":"00000000-0000-0000-0000-000000000001"}}
            """);
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string name, string id)
    {
        var activity = Personal(serviceUrl, text: null, id);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["replyToId"] = "1700000000790";
        activity["value"] = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{}"}}""");
        return activity;
    }

    public static StringContent Json(JsonNode activity) => Activities.Json(activity.ToJsonString());

    public static StringContent Raw(string body, string? mediaType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
