using System.Globalization;
using MicroFuture.Bot.Tests.Proposals;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Schedule.EndToEnd;

/// <summary>What one run of <see cref="ReminderScenario"/> saw.</summary>
/// <param name="Refusal">The replies to the non-coordinator's <c>schedule</c>.</param>
/// <param name="Confirmation">The replies to the coordinator's <c>schedule</c>.</param>
/// <param name="StartUtc">The meeting's start as written in the command.</param>
/// <param name="RemindersToPartner">Every reminder posted into partner A's chat, in arrival order.</param>
/// <param name="RemindersBeforeKill">Reminders (to anyone) that arrived before the bot was killed (restart runs only).</param>
/// <param name="KilledBeforeDue">Whether the kill happened before the reminder's due time (restart runs only).</param>
internal sealed record ReminderRun(
    IReadOnlyList<Activity> Refusal,
    IReadOnlyList<Activity> Confirmation,
    DateTimeOffset StartUtc,
    IReadOnlyList<ConnectorRequest> RemindersToPartner,
    int RemindersBeforeKill,
    bool KilledBeforeDue,
    string Output);

/// <summary>
/// The "Done when" scenario against a real bot process on its own data directory, configured through
/// environment variables, with a <see cref="LoopbackConnector"/> as the channel: partner A says hello, a
/// non-coordinator's <c>schedule</c> is refused, the coordinator schedules the meeting about three minutes ahead
/// with <c>remind 2m</c>, and every reminder reaching A's chat is collected until a quiet window after the first.
/// With <c>restart</c>, the bot is killed (SIGKILL, process tree) and started again on the same data directory
/// between scheduling and the due time.
/// </summary>
internal static class ReminderScenario
{
    public const string PartnerA = "29:partner-a";
    public const string PartnerAChat = "a:chat-partner-a";
    public const string PartnerAZone = "Europe/Bucharest"; // the first configured partner's zone
    private const string Coordinator = "29:coordinator";
    private const string Outsider = "29:outsider";
    private const string Zone = "Europe/Rome";
    private static readonly TimeSpan Remind = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromMinutes(2.5);

    /// <summary>After the first reminder, how long the chat must stay free of a second one.</summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromSeconds(15);

    public static string Line(DateTimeOffset startUtc)
    {
        var local = TimeZoneInfo.ConvertTime(startUtc, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        return string.Create(CultureInfo.InvariantCulture,
            $"schedule \"Steering group call\" {local:yyyy-MM-dd HH:mm} {Zone} for 1h at https://example.org/call remind 2m to everyone");
    }

    public static async Task<ReminderRun> RunAsync(bool restart)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("microfuture-reminders-").FullName;
        var port = LoopbackPort.GetFree();
        var settings = new Dictionary<string, string?>
        {
            ["Coordinators__0"] = Coordinator,
            ["Partners__0__Members__0"] = PartnerA,
        };
        await using var connector = await LoopbackConnector.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        BotProcess? bot = null;
        var output = "";
        try
        {
            bot = await BotProcess.StartAsync(dataDirectory, port, settings);
            http.BaseAddress = bot.Address;
            // expectReplies: each turn has finished (and stored its conversation) when the call returns.
            await new ProposalChat(http, connector, PartnerA, PartnerAChat).SendAndWaitAsync("hello");
            var refusal = await new ProposalChat(http, connector, Outsider, "a:chat-outsider").SendAndWaitAsync(Line(DateTimeOffset.UtcNow.AddDays(1)));

            // Whole minutes only: 2m50s..3m50s ahead, so the reminder is due 50..110 s from now.
            var latest = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(230);
            var start = new DateTimeOffset(latest.Ticks - (latest.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
            var confirmation = await new ProposalChat(http, connector, Coordinator, "a:chat-coordinator").SendAndWaitAsync(Line(start));

            var beforeKill = 0;
            var killedBeforeDue = true;
            if (restart)
            {
                bot.Kill();
                killedBeforeDue = DateTimeOffset.UtcNow < start - Remind;
                beforeKill = connector.All.Count(r => IsReminder(r));
                output = bot.Output();
                bot.Dispose();
                bot = await BotProcess.StartAsync(dataDirectory, port, settings);
            }

            var reminders = await RemindersToPartnerAsync(connector);
            return new ReminderRun(refusal, confirmation, start, reminders, beforeKill, killedBeforeDue, output + "\n" + bot.Output());
        }
        finally
        {
            bot?.Dispose();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file still held by the dying process: the OS cleans temp folders
            }
        }
    }

    public static bool IsReminder(ConnectorRequest request) =>
        request.Activity?.Text?.StartsWith("Reminder: Steering group call", StringComparison.Ordinal) == true;

    // Awaits the first reminder into A's chat, then keeps listening for a bounded quiet window for a second one.
    private static async Task<IReadOnlyList<ConnectorRequest>> RemindersToPartnerAsync(LoopbackConnector connector)
    {
        var found = new List<ConnectorRequest>();
        var deadline = DateTimeOffset.UtcNow + ArrivalTimeout;
        while (true)
        {
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return found;
            }
            ConnectorRequest request;
            try
            {
                request = await connector.NextAsync(left);
            }
            catch (TimeoutException)
            {
                return found;
            }
            if (IsReminder(request) && request.Activity?.Conversation?.Id == PartnerAChat)
            {
                if (found.Count == 0)
                {
                    deadline = DateTimeOffset.UtcNow + QuietWindow;
                }
                found.Add(request);
            }
        }
    }
}
