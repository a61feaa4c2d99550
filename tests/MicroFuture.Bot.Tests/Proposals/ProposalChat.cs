using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>
/// One user chatting with the bot through <c>/api/messages</c>: sends a message (or a card click) and awaits the
/// replies the bot posts to the <see cref="LoopbackConnector"/>, reading them in order until the expected one.
/// </summary>
internal sealed class ProposalChat(HttpClient client, LoopbackConnector connector, string userId = "29:user-1", string conversationId = "a:personal-chat-1")
{
    private readonly List<string> _seen = [];

    /// <summary>Every reply text received so far (with card contents), for failure messages and "nothing lost" checks.</summary>
    public IReadOnlyList<string> Seen => _seen;

    /// <summary>Sends <paramref name="text"/> (and a card's <paramref name="value"/>) as the user.</summary>
    public async Task SendAsync(string text, object? value = null)
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(connector.ServiceUrl, text, conversationId: conversationId, userId: userId))!.AsObject();
        if (value is not null)
        {
            activity["value"] = JsonSerializer.SerializeToNode(value);
        }
        using var response = await client.PostAsync("/api/messages", Activities.Json(activity.ToJsonString()));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>
    /// Sends <paramref name="text"/> with <c>deliveryMode: expectReplies</c> and returns its replies. Turns of one
    /// conversation run in order, so when this returns every earlier turn has finished and saved its state.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SendAndWaitAsync(string text)
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(connector.ServiceUrl, text, conversationId: conversationId, userId: userId))!.AsObject();
        activity["deliveryMode"] = "expectReplies";
        using var response = await client.PostAsync("/api/messages", Activities.Json(activity.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ProtocolJson.Options)?.Activities ?? [];
        _seen.AddRange(replies.Select(Shown));
        return replies;
    }

    /// <summary>The first reply (from now on) whose text or card holds <paramref name="expected"/>; replies before it are skipped.</summary>
    public async Task<Activity> ExpectAsync(string expected)
    {
        try
        {
            // Every reply on the way is recorded for the failure message.
            return await connector.NextActivityAsync(
                reply =>
                {
                    var shown = Shown(reply);
                    _seen.Add(shown);
                    return shown.Contains(expected, StringComparison.Ordinal);
                },
                TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"No reply holding \"{expected}\". Replies so far:\n{string.Join("\n---\n", _seen.TakeLast(6))}");
        }
    }

    /// <summary>Sends <paramref name="text"/> and awaits the reply holding <paramref name="expected"/>.</summary>
    public async Task<Activity> SayAsync(string text, string expected, object? value = null)
    {
        await SendAsync(text, value);
        return await ExpectAsync(expected);
    }

    /// <summary>What the user sees of a reply: its text and the JSON of its cards.</summary>
    public static string Shown(Activity reply) =>
        string.Join("\n", new[] { reply.Text }.Concat((reply.Attachments ?? []).Select(a => a.Content?.GetRawText())).OfType<string>());
}
