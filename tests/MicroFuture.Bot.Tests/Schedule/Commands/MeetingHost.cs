using System.Text.Json.Nodes;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.Schedule.Commands;

/// <summary>
/// The real bot with one coordinator and one partner member (Metropolitan City of Bologna, Europe/Rome), a fake clock
/// at 2026-11-27 10:00 UTC and, unless told otherwise, a recording reminder scheduler; talks to it through a loopback
/// connector.
/// </summary>
internal sealed class MeetingHost : IAsyncDisposable
{
    public const string Coordinator = "29:coordinator";
    public const string Partner = "29:partner-a";

    /// <summary>A coordinator who is also a member of the Bologna partner (Europe/Rome).</summary>
    public const string RomeCoordinator = "29:coordinator-rome";
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private readonly LoopbackConnector _connector;
    private readonly BotApplication _bot;
    private readonly HttpClient _client;

    private MeetingHost(LoopbackConnector connector, BotApplication bot, RecordingReminderScheduler? scheduler)
    {
        _connector = connector;
        _bot = bot;
        _client = bot.CreateClient();
        Scheduler = scheduler;
    }

    public RecordingReminderScheduler? Scheduler { get; }

    /// <summary>The loopback connector the bot talks to (e.g. to check the cards it sent).</summary>
    public LoopbackConnector Connector => _connector;

    public IMeetingStore Store => _bot.Services.GetRequiredService<IMeetingStore>();

    public static async Task<MeetingHost> StartAsync()
    {
        var connector = await LoopbackConnector.StartAsync();
        var scheduler = new RecordingReminderScheduler();
        var bot = new BotApplication(
            new Dictionary<string, string?>
            {
                ["Coordinators:0"] = Coordinator,
                ["Coordinators:1"] = RomeCoordinator,
                ["Partners:1:Members:0"] = Partner, // Metropolitan City of Bologna
                ["Partners:1:Members:1"] = RomeCoordinator,
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
                services.AddSingleton<IReminderScheduler>(scheduler);
            });
        return new MeetingHost(connector, bot, scheduler);
    }

    /// <summary>Sends a message as <paramref name="userId"/> and returns the bot's reply to it.</summary>
    public Task<Activity> SayAsync(string text, string userId) =>
        PostAsync(JsonNode.Parse(Activities.PersonalMessage(_connector.ServiceUrl, text, id: Guid.NewGuid().ToString(), conversationId: "a:" + userId, userId: userId))!.AsObject());

    /// <summary>Sends an Adaptive Card Action.Submit (a message with a value and no text) and returns the reply.</summary>
    public Task<Activity> SubmitAsync(JsonObject value, string userId)
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(_connector.ServiceUrl, "", id: Guid.NewGuid().ToString(), conversationId: "a:" + userId, userId: userId))!.AsObject();
        activity.Remove("text");
        activity["value"] = value;
        return PostAsync(activity);
    }

    /// <summary>Sends an <c>adaptiveCard/action</c> invoke (Action.Execute) and returns the message of its inline response.</summary>
    public async Task<string> InvokeAsync(JsonObject data, string userId)
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(_connector.ServiceUrl, "", id: Guid.NewGuid().ToString(), conversationId: "a:" + userId, userId: userId))!.AsObject();
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "schedule", ["data"] = data } };
        using var response = await _client.PostAsync("/api/messages", Activities.Json(activity.ToJsonString()));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body["value"]!.GetValue<string>();
    }

    private async Task<Activity> PostAsync(JsonObject activity)
    {
        var id = activity["id"]!.GetValue<string>();
        using var response = await _client.PostAsync("/api/messages", Activities.Json(activity.ToJsonString()));
        response.EnsureSuccessStatusCode();
        return await _connector.NextActivityAsync(sent => sent.ReplyToId == id);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
