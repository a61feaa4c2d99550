using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>
/// The real delivery services on a temp SQLite file, with a given Connector client and clock. One partner
/// ("Bologna", Europe/Rome) whose members are the users the tests store conversations for.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <param name="database">Another product database (e.g. PostgreSQL); default a SQLite file in the temp folder.</param>
    public DeliveryHarness(IConnectorClient connector, TimeProvider? time = null, string? folder = null, BotDatabase? database = null, ReminderOptions? options = null)
    {
        ReminderOptions = Options.Create(options ?? new ReminderOptions());
        Folder = folder ?? Directory.CreateTempSubdirectory("microfuture-delivery-").FullName;
        Time = time ?? new FakeTimeProvider(Start);
        Database = database ?? new BotDatabase(DatabaseKind.Sqlite, BotDatabase.SqliteConnectionString(Path.Combine(Folder, SqliteStorage.FileName)));
        Project = new ProjectDirectory(Options.Create(new ProjectDirectoryOptions
        {
            Coordinators = ["29:coordinator"],
            Partners = [Bologna],
        }));
        References = new ConversationReferenceStore(Database, Project);
        Ledger = new DeliveryLedger(Database, ReminderOptions);
        Mutes = new ReminderMuteStore(Database);
        Links = new MeetingCalendarLinks(new DataDirectory(Folder), ReminderOptions, new ConfigurationBuilder().Build());
        Delivery = new ReminderDelivery(Ledger, new ReminderRecipients(References, Project, ReminderOptions), Mutes,
            new SendRateLimiter(ReminderOptions, Time), new ProactiveSender(connector), Links, ReminderOptions, Time, NullLogger<ReminderDelivery>.Instance);
    }

    /// <summary>The one partner; tests may add members.</summary>
    public PartnerOrganisation Bologna { get; } = new() { Name = "Bologna", TimeZone = "Europe/Rome", Members = ["29:anna", "29:marco", "29:muted"] };

    public string Folder { get; }
    public TimeProvider Time { get; }
    public FakeTimeProvider FakeTime => (FakeTimeProvider)Time;
    public BotDatabase Database { get; }
    public ProjectDirectory Project { get; }
    public IOptions<ReminderOptions> ReminderOptions { get; }
    public ConversationReferenceStore References { get; }
    public DeliveryLedger Ledger { get; }
    public ReminderMuteStore Mutes { get; }
    public MeetingCalendarLinks Links { get; }
    public ReminderDelivery Delivery { get; }

    /// <summary>Stores the personal chat of <paramref name="userId"/> as if the user had said hello.</summary>
    public Task AddPersonalChatAsync(string userId, string serviceUrl = "http://127.0.0.1:1/") =>
        References.SaveAsync(new StoredConversation(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Bot = new ChannelAccount { Id = "28:bot" },
            User = new ChannelAccount { Id = userId },
            Conversation = new ConversationAccount { Id = $"a:chat-{userId}", ConversationType = "personal", TenantId = "tenant-1" },
        }, ConversationTypes.Personal, userId, null, "tenant-1", Authenticated: false), Time.GetUtcNow());

    public static Meeting Meeting(DateTimeOffset startUtc, string id = "m1", int version = 1, params TimeSpan[] offsets) => new()
    {
        Id = id,
        Title = "Steering group call",
        StartUtc = startUtc,
        TimeZone = "Europe/Rome",
        Duration = TimeSpan.FromHours(1),
        Location = "https://example.org/call",
        ReminderOffsets = offsets,
        Audience = new Audience(AudienceKind.Everyone),
        CreatedBy = "29:coordinator",
        CreatedUtc = Start,
        Version = version,
    };

    public async Task<DeliveryRecord> RowAsync(string meetingId = "m1") => Assert.Single(await Ledger.ForMeetingAsync(meetingId));

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // still held by a finalising connection: the OS cleans temp folders
        }
        return ValueTask.CompletedTask;
    }
}
