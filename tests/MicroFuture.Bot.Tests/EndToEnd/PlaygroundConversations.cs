using System.Text.Json;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// The ids the Playground serves, as tests/e2e/.m365agentsplayground.yml sets them (read back from the
/// Playground's <c>/_internal/v1/config</c>, so the file stays their one source).
/// </summary>
public sealed record PlaygroundConversations(
    string BotId,
    string BotName,
    string UserId,
    string PersonalChatId,
    string GroupChatId,
    string TeamGeneralChannelId)
{
    /// <summary>The conversation of <paramref name="scope"/>: the personal chat, the group chat or the team's General channel.</summary>
    public string ConversationOf(TeamsScope scope) => scope switch
    {
        TeamsScope.Personal => PersonalChatId,
        TeamsScope.GroupChat => GroupChatId,
        TeamsScope.Channel => TeamGeneralChannelId,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static PlaygroundConversations Parse(JsonElement response)
    {
        var config = response.GetProperty("config");
        var bot = config.GetProperty("bot");
        return new PlaygroundConversations(
            bot.GetProperty("id").GetString()!,
            bot.GetProperty("name").GetString()!,
            config.GetProperty("currentUser").GetProperty("id").GetString()!,
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            config.GetProperty("groupChats")[0].GetProperty("id").GetString()!,
            config.GetProperty("teams")[0].GetProperty("id").GetString()!); // the General channel's id is the team id
    }
}

/// <summary>Where a Teams app runs (the manifest's bot scopes): personal chat, group chat, team channel.</summary>
public enum TeamsScope
{
    Personal,
    GroupChat,
    Channel,
}
