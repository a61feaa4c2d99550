using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>What the Playground answered when the user posted a message.</summary>
/// <param name="MessageId">The id of the user's message.</param>
/// <param name="ReplyConversationId">Where replies appear: the thread (<c>…;messageid=…</c>) for a channel post, else the conversation.</param>
public sealed record PostedMessage(string MessageId, string ReplyConversationId);

/// <summary>What the Playground answered to an invoke: its status and body (the bot's invoke response, or its own error).</summary>
public sealed record InvokeResult(HttpStatusCode Status, JsonElement Body);

/// <summary>
/// Acts as the Teams user through the Playground's test-driver HTTP API (internal routes of the pinned version,
/// see the Playground's bundle): install the app, post messages (with or without @mentioning the bot), send invokes.
/// </summary>
public sealed class PlaygroundClient(HttpClient http, PlaygroundConversations ids)
{
    public PlaygroundConversations Ids => ids;

    /// <summary>Installs the app in a conversation: the bot receives installationUpdate then conversationUpdate.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var response = await http.PostAsJsonAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject());
        await EnsureSuccessAsync(response);
    }

    /// <summary>The user posts <paramref name="text"/>; with <paramref name="mentionBot"/> it starts with an @mention of the bot, as Teams writes it.</summary>
    public async Task<PostedMessage> SendAsync(string conversationId, string text, bool mentionBot = false)
    {
        var mention = $"<at>{ids.BotName}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = ids.UserId },
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray
            {
                new JsonObject { ["mentioned"] = new JsonObject { ["id"] = ids.BotId, ["name"] = ids.BotName }, ["text"] = mention },
            };
        }
        using var response = await http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        await EnsureSuccessAsync(response);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new PostedMessage(
            answer.GetProperty("messageId").ToString(),
            answer.TryGetProperty("postConversationId", out var thread) ? thread.GetString()! : conversationId);
    }

    /// <summary>
    /// The user writes to the bot in <paramref name="scope"/> as Teams lets them: plainly in personal chat, with an
    /// @mention in a group chat or channel (else the bot never sees it).
    /// </summary>
    public Task<PostedMessage> SendAsync(TeamsScope scope, string text) =>
        SendAsync(ids.ConversationOf(scope), text, mentionBot: scope != TeamsScope.Personal);

    /// <summary>Sends an invoke activity to the bot in <paramref name="conversationId"/> and returns what the Playground answers.</summary>
    /// <param name="replyToId">The bot message the invoke comes from (a card or an answer's feedback buttons), if any.</param>
    public async Task<InvokeResult> InvokeAsync(string conversationId, string name, JsonNode value, string? replyToId = null)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["from"] = new JsonObject { ["id"] = ids.UserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (replyToId is not null)
        {
            body["replyToId"] = replyToId;
        }
        using var response = await http.PostAsJsonAsync("_conversation/v1/invoke", body);
        var text = await response.Content.ReadAsStringAsync();
        return new InvokeResult(response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }

    /// <summary>
    /// The user presses an Action.Submit button of the card in message <paramref name="replyToId"/>: the bot receives a
    /// message whose <c>value</c> is the button's <paramref name="data"/> (and no text), as from Teams.
    /// </summary>
    public async Task SubmitAsync(string conversationId, string replyToId, JsonNode data)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = ids.UserId },
            ["replyToId"] = replyToId,
            ["value"] = data,
        };
        using var response = await http.PostAsJsonAsync("_conversation/v1/submit", body);
        await EnsureSuccessAsync(response);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
