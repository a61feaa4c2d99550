using System.Net.Http.Headers;
using System.Text;

namespace MicroFuture.Bot.Tests.Support;

/// <summary>Teams-shaped inbound activities for tests (shapes as the Agents Playground and Teams send them).</summary>
public static class Activities
{
    public static string PersonalMessage(string serviceUrl, string text, string? id = null, string conversationId = "a:personal-chat-1", string userId = "29:user-1") => $$"""
        {"type":"message","text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"id":"{{id ?? Guid.NewGuid().ToString()}}",
         "from":{"id":"{{userId}}","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-000000000020"},
         "timestamp":"2026-11-27T10:00:00.000Z","localTimestamp":"2026-11-27T11:00:00.000+01:00","localTimezone":"Europe/Rome",
         "serviceUrl":"{{serviceUrl}}","channelId":"msteams","textFormat":"plain","locale":"en-US",
         "conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-000000000001","id":"{{conversationId}}"},
         "recipient":{"id":"28:bot-1","name":"MicroFuture"},
         "entities":[{"type":"clientInfo","locale":"en-US","country":"IT","platform":"Web","timezone":"Europe/Rome"}],
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-000000000001"} } }
        """;

    /// <summary>A conversationUpdate in the personal chat that adds the bot (as Teams sends it on install).</summary>
    public static string MembersAdded(string serviceUrl, string id) => $$"""
        {"type":"conversationUpdate","id":"{{id}}","timestamp":"2026-11-27T10:00:00.000Z",
         "serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:user-1","aadObjectId":"00000000-0000-0000-0000-000000000020"},
         "conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-000000000001","id":"a:personal-chat-1"},
         "recipient":{"id":"28:bot-1","name":"MicroFuture"},
         "membersAdded":[{"id":"28:bot-1"}],
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-000000000001"},"eventType":"teamMemberAdded"} }
        """;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
