using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;
using Quartz;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// <see cref="IReminderScheduler"/> on Quartz.NET with its persistent ADO store, in the product database (SQLite
/// file by default, tables created on start; PostgreSQL with clustering when configured), so planned reminders
/// survive restarts. One durable job runs every delivery; each reminder offset is a one-shot trigger in group
/// <c>meeting:{id}</c> (a move or cancel replaces that group), announcements and <c>remind now</c> are immediate
/// triggers in group <c>announce:{id}</c>. A trigger whose time passed while the bot was down fires at start
/// (misfire: fire now), and <see cref="ReminderDelivery"/> decides late or missed. The ledger makes every send
/// exactly-once whatever fires twice.
/// </summary>
public sealed partial class QuartzReminderScheduler(
    BotDatabase database,
    ReminderDelivery delivery,
    DeliveryLedger ledger,
    TimeProvider time,
    ILogger<QuartzReminderScheduler> logger) : IReminderScheduler, IHostedService, IAsyncDisposable
{
    public const string ContextKey = "microfuture.reminders";
    private static readonly JobKey DeliverJob = new("deliver", "reminders");
    private static readonly JsonSerializerOptions MeetingJson = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken) => await SchedulerAsync(cancellationToken).ConfigureAwait(false);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _scheduler, null) is { } scheduler)
        {
            await scheduler.Shutdown(true, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _scheduler, null) is { } scheduler)
        {
            await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task ScheduleAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var offset in meeting.ReminderOffsets.Distinct())
        {
            var due = meeting.StartUtc - offset;
            if (due <= now)
            {
                PastOffset(logger, meeting.Id, offset);
                continue;
            }
            await scheduler.ScheduleJob(Trigger(meeting, KeyOf(offset), ReminderKind.Reminder, due, ReminderGroup(meeting.Id), KeyOf(offset), due), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RescheduleAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(ReminderGroup(meeting.Id)), cancellationToken).ConfigureAwait(false);
        await ScheduleAsync(meeting, cancellationToken).ConfigureAwait(false);
        await AnnounceAsync(scheduler, meeting, $"moved-v{meeting.Version}", ReminderKind.Moved, cancellationToken).ConfigureAwait(false);
    }

    public async Task CancelAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(ReminderGroup(meeting.Id)), cancellationToken).ConfigureAwait(false);
        await AnnounceAsync(scheduler, meeting, "cancelled", ReminderKind.Cancelled, cancellationToken).ConfigureAwait(false);
    }

    public async Task TriggerNowAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var n = await ledger.NowCountAsync(meeting.Id, cancellationToken).ConfigureAwait(false) + 1;
        while (await scheduler.Exists(new TriggerKey($"now-{n}", AnnounceGroup(meeting.Id)), cancellationToken).ConfigureAwait(false))
        {
            n++;
        }
        await AnnounceAsync(scheduler, meeting, $"now-{n}", ReminderKind.Reminder, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one fired trigger (called by <see cref="ReminderJob"/>); plans a retry when sends were throttled or failed.</summary>
    internal async Task RunAsync(string meetingJson, string reminderKey, ReminderKind kind, DateTimeOffset? due, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(meetingJson) || JsonSerializer.Deserialize<Meeting>(meetingJson, MeetingJson) is not { } meeting)
        {
            NoMeeting(logger, reminderKey); // e.g. a recovery firing that lost its trigger's data
            return;
        }
        var outcome = await delivery.DeliverAsync(new DeliveryRun(meeting, reminderKey, kind, due), cancellationToken).ConfigureAwait(false);
        if (outcome.RetryAfter is { } retryAfter && _scheduler is { } scheduler)
        {
            var group = kind == ReminderKind.Reminder && due is not null ? ReminderGroup(meeting.Id) : AnnounceGroup(meeting.Id);
            var name = $"retry-{reminderKey}-{time.GetUtcNow().UtcTicks}";
            await scheduler.ScheduleJob(Trigger(meeting, reminderKey, kind, due, group, name, time.GetUtcNow() + retryAfter), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private Task AnnounceAsync(IScheduler scheduler, Meeting meeting, string key, ReminderKind kind, CancellationToken cancellationToken) =>
        scheduler.ScheduleJob(Trigger(meeting, key, kind, null, AnnounceGroup(meeting.Id), key, time.GetUtcNow()), cancellationToken: cancellationToken).AsTask();

    private static string KeyOf(TimeSpan offset) => $"before-{(long)offset.TotalMinutes}m";

    private static string ReminderGroup(string meetingId) => $"meeting:{meetingId}";

    private static string AnnounceGroup(string meetingId) => $"announce:{meetingId}";

    private static ITrigger Trigger(Meeting meeting, string reminderKey, ReminderKind kind, DateTimeOffset? due, string group, string name, DateTimeOffset startAt) =>
        TriggerBuilder.Create()
            .WithIdentity(name, group)
            .ForJob(DeliverJob)
            .UsingJobData(ReminderJob.MeetingKey, JsonSerializer.Serialize(meeting, MeetingJson))
            .UsingJobData(ReminderJob.ReminderKey, reminderKey)
            .UsingJobData(ReminderJob.KindKey, kind.ToString())
            .UsingJobData(ReminderJob.DueKey, due is { } at ? DatabaseQueries.Stamp(at) : "")
            .StartAt(startAt)
            // Fire as soon as the scheduler runs again after downtime; the delivery decides late or missed.
            .WithSchedule(SimpleScheduleBuilder.Create().WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    private async Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } started)
        {
            return started;
        }
        await _startLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_scheduler is { } raced)
            {
                return raced;
            }
            var scheduler = await QuartzSchedulerBuilder.Create(Configure).BuildScheduler(cancellationToken).ConfigureAwait(false);
            scheduler.Context[ContextKey] = this;
            await scheduler.AddJob(JobBuilder.Create<ReminderJob>().WithIdentity(DeliverJob).StoreDurably().RequestRecovery().Build(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            await scheduler.Start(cancellationToken).ConfigureAwait(false);
            _scheduler = scheduler;
            return scheduler;
        }
        finally
        {
            _startLock.Release();
        }
    }

    private void Configure(IQuartzBuilder quartz)
    {
        // The name keys the rows in the store: stable per database, distinct between databases in one process.
        var name = "MicroFutureReminders-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database.ConnectionString)).AsSpan(0, 6));
        quartz.ConfigureScheduler(options =>
        {
            options.InstanceName = name;
            options.GenerateInstanceId = true;
            options.IdleWaitTime = TimeSpan.FromSeconds(5);
        });
        quartz.UseTimeProvider(time);
        quartz.UseDefaultThreadPool(4);
        quartz.UsePersistentStore(store =>
        {
            if (database.Kind == DatabaseKind.Postgres)
            {
                store.UsePostgres(database.ConnectionString);
                store.UseClustering(_ => { });
            }
            else
            {
                store.UseSqlite(database.ConnectionString);
            }
            store.ProvisionSchema();
        });
    }

    [LoggerMessage(EventId = 321, Level = LogLevel.Error, Message = "A reminder firing ({ReminderKey}) carried no meeting; nothing sent")]
    private static partial void NoMeeting(ILogger logger, string reminderKey);

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Meeting {MeetingId}: the reminder {Offset} before the start is already past; not planned")]
    private static partial void PastOffset(ILogger logger, string meetingId, TimeSpan offset);
}
