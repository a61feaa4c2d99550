using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MicroFuture.Bot.WebChat;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.WebChat;

/// <summary>
/// A Direct Line 3.0 client as DirectLineJS behaves with polling: starts a conversation, posts activities with the
/// conversation's token, and reads activities by watermark. Waiting for the bot awaits the conversation's
/// "appended" signal instead of sleeping between polls.
/// </summary>
public sealed class DirectLineSession
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebChatHost _host;

    private DirectLineSession(WebChatHost host, string conversationId, string token)
    {
        _host = host;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }
    public string Token { get; }

    /// <summary>Every activity read so far, in order.</summary>
    public List<Activity> Seen { get; } = [];

    /// <summary>The last watermark the server returned (null before the first read).</summary>
    public string? Watermark { get; private set; }

    public static async Task<DirectLineSession> StartAsync(WebChatHost host, string? secret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret ?? "undefined");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new DirectLineSession(host, body.RootElement.GetProperty("conversationId").GetString()!, body.RootElement.GetProperty("token").GetString()!);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, $"v3/directline/conversations/{ConversationId}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return request;
    }

    /// <summary>Posts a message as Web Chat does; returns the id the server gave it.</summary>
    public async Task<string> SayAsync(string text)
    {
        using var request = Request(HttpMethod.Post, "/activities");
        request.Content = JsonContent.Create(new { type = "message", text, from = new { id = "r_tester", name = "Tester" }, channelData = new { clientActivityID = Guid.NewGuid().ToString() } });
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options);
        return posted!.Id!;
    }

    /// <summary>One GET of the activities after the current watermark; advances the watermark.</summary>
    public async Task<List<Activity>> ReadAsync()
    {
        using var request = Request(HttpMethod.Get, Watermark is null ? "/activities" : $"/activities?watermark={Uri.EscapeDataString(Watermark)}");
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var watermark = body.RootElement.GetProperty("watermark");
        Assert.Equal(JsonValueKind.String, watermark.ValueKind);
        Watermark = watermark.GetString();
        var activities = body.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options)!;
        Seen.AddRange(activities);
        return activities;
    }

    /// <summary>
    /// The first activity from the bot matching <paramref name="match"/>, among those already read or, reading on,
    /// when it arrives (fails after 10 s).
    /// </summary>
    public async Task<Activity> NextFromBotAsync(Func<Activity, bool> match)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        var conversation = _host.Services.GetRequiredService<DirectLineConversations>().Find(ConversationId)
            ?? throw new InvalidOperationException("The conversation is gone.");
        if (Seen.FirstOrDefault(a => a.From?.Role == "bot" && match(a)) is { } already)
        {
            return already;
        }
        while (true)
        {
            var seen = Watermark is null ? -1 : long.Parse(Watermark, CultureInfo.InvariantCulture);
            var found = (await ReadAsync()).FirstOrDefault(a => a.From?.Role == "bot" && match(a));
            if (found is not null)
            {
                return found;
            }
            try
            {
                await conversation.AppendedAfterAsync(Math.Max(seen, long.Parse(Watermark!, CultureInfo.InvariantCulture)), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The bot's activity did not arrive in time.");
            }
        }
    }
}
