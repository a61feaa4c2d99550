using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Schedule;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bench;

/// <summary>
/// <c>reminders</c> mode: the real bot host (Quartz on SQLite, the delivery ledger, the rate limiter, the Connector
/// client over HTTP) and a stand-in Connector on loopback. N personal chats are stored, M meetings are planned whose
/// reminders all come due at the same instant, each to every chat; the stand-in records each post.
/// </summary>
internal static class ReminderBench
{
    private const string Tenant = "bench-tenant";
    private static readonly TimeSpan Offset = TimeSpan.FromMinutes(15);

    /// <summary>After the last expected post, how long to keep listening for duplicates.</summary>
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        if (await BenchProgram.ParseAsync(() => ReminderBenchOptions.Parse(args), ReminderBenchOptions.Usage) is not { } options)
        {
            return 2;
        }

        await using var sink = await ReminderSink.StartAsync(options.Expected);
        await using var bot = await InProcessBot.StartAsync("Sqlite", new Dictionary<string, string?>
        {
            ["Reminders:GlobalPerSecond"] = options.TenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var store = bot.Services.GetRequiredService<ConversationReferenceStore>();
        var scheduler = bot.Services.GetRequiredService<IReminderScheduler>();
        var limits = bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Bot.Schedule.Delivery.ReminderOptions>>().Value;

        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < options.Conversations; i++)
        {
            await store.SaveAsync(Chat(i, sink.ServiceUrl), now);
        }
        // Whole second, at least the lead ahead: every reminder of every meeting is due at this instant.
        var due = DateTimeOffset.FromUnixTimeSeconds((now + options.Lead).ToUnixTimeSeconds() + 1);
        for (var m = 0; m < options.Meetings; m++)
        {
            await scheduler.ScheduleAsync(new Meeting
            {
                Id = $"bench-{m}",
                Title = $"Bench meeting {m}",
                StartUtc = due + Offset,
                TimeZone = "Europe/Brussels",
                Duration = TimeSpan.FromHours(1),
                Location = "https://example.org/call",
                ReminderOffsets = [Offset],
                Audience = new Audience(AudienceKind.Everyone),
                CreatedBy = "bench",
                CreatedUtc = now,
            });
        }
        Console.WriteLine($"planned {options.Expected} reminders ({options.Meetings} meetings x {options.Conversations} chats), due {due:HH:mm:ss} UTC; waiting...");

        var finished = await Task.WhenAny(sink.AllArrived, Task.Delay(due + options.MaxDuration - DateTimeOffset.UtcNow));
        if (finished == sink.AllArrived)
        {
            await Task.Delay(DuplicateWindow); // an observation window for late duplicates, not a wait for a result
        }
        var report = ReminderReport.Create(options, limits, due, sink.Arrived, Tenant);
        Console.Write(report.Text);
        return report.Passed ? 0 : 1;
    }

    private static StoredConversation Chat(int i, string serviceUrl)
    {
        var user = $"29:bench-user-{i}";
        return new StoredConversation(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Bot = new ChannelAccount { Id = "28:bench-bot" },
            User = new ChannelAccount { Id = user },
            Conversation = new ConversationAccount { Id = $"a:bench-chat-{i}", ConversationType = "personal", TenantId = Tenant },
        }, ConversationTypes.Personal, user, null, Tenant, Authenticated: false);
    }
}
