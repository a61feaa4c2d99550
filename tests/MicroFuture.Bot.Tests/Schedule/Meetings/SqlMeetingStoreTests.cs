using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Meetings;
using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Schedule.Meetings;

public sealed class SqlMeetingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("microfuture-meetings-").FullName;

    private SqlMeetingStore NewStore() =>
        new(new BotDatabase(DatabaseKind.Sqlite, BotDatabase.SqliteConnectionString(Path.Combine(_folder, SqliteStorage.FileName))));

    private static Meeting NewMeeting(string id, DateTimeOffset start, Audience? audience = null) => new()
    {
        Id = id,
        Title = "Steering group call",
        StartUtc = start,
        TimeZone = "Europe/Rome",
        Duration = TimeSpan.FromMinutes(90),
        Location = "https://example.org/call",
        ReminderOffsets = [TimeSpan.FromDays(1), TimeSpan.FromMinutes(15)],
        Audience = audience ?? new Audience(AudienceKind.Everyone),
        CreatedBy = "29:coordinator",
        CreatedUtc = Now,
    };

    [Fact]
    public async Task AddThenGet_NewStoreOnSameFile_ReturnsEveryField()
    {
        // Arrange
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "19:channel@thread.tacv2", ConversationType = "channel", TenantId = "tenant-1" },
            Bot = new ChannelAccount { Id = "28:bot-1", Name = "MicroFuture" },
        };
        var meeting = NewMeeting("k3m9qx", Now.AddDays(6), new Audience(AudienceKind.ThisChannel, null, reference));
        await NewStore().AddAsync(meeting);

        // Act: a fresh store, as after a restart
        var read = await NewStore().GetAsync("K3M9QX");

        // Assert
        Assert.NotNull(read);
        Assert.Equal(meeting.Id, read.Id);
        Assert.Equal(meeting.Title, read.Title);
        Assert.Equal(meeting.StartUtc, read.StartUtc);
        Assert.Equal(meeting.TimeZone, read.TimeZone);
        Assert.Equal(meeting.Duration, read.Duration);
        Assert.Equal(meeting.Location, read.Location);
        Assert.Equal(meeting.ReminderOffsets, read.ReminderOffsets);
        Assert.Equal(AudienceKind.ThisChannel, read.Audience.Kind);
        Assert.Equal("19:channel@thread.tacv2", read.Audience.Conversation?.Conversation?.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", read.Audience.Conversation?.ServiceUrl);
        Assert.Equal(meeting.CreatedBy, read.CreatedBy);
        Assert.Equal(meeting.CreatedUtc, read.CreatedUtc);
        Assert.False(read.Cancelled);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task Upcoming_MixedMeetings_ReturnsFutureNotCancelledInStartOrder()
    {
        // Arrange
        var store = NewStore();
        await store.AddAsync(NewMeeting("late22", Now.AddDays(9)));
        await store.AddAsync(NewMeeting("past22", Now.AddDays(-1)));
        await store.AddAsync(NewMeeting("soon22", Now.AddHours(2)));
        await store.AddAsync(NewMeeting("gone22", Now.AddDays(3)) with { Cancelled = true });

        // Act
        var upcoming = await store.UpcomingAsync(Now);

        // Assert
        Assert.Equal(["soon22", "late22"], upcoming.Select(m => m.Id));
    }

    [Fact]
    public async Task Update_MovedMeeting_KeepsNewTimeAndVersion()
    {
        // Arrange
        var store = NewStore();
        var meeting = NewMeeting("mv2345", Now.AddDays(2));
        await store.AddAsync(meeting);

        // Act
        await store.UpdateAsync(meeting with { StartUtc = Now.AddDays(3), TimeZone = "Europe/Bucharest", Version = 2, Audience = new Audience(AudienceKind.Partner, "Bucharest-Ilfov") });
        var read = await store.GetAsync("mv2345");

        // Assert
        Assert.Equal(Now.AddDays(3), read!.StartUtc);
        Assert.Equal("Europe/Bucharest", read.TimeZone);
        Assert.Equal(2, read.Version);
        Assert.Equal(new Audience(AudienceKind.Partner, "Bucharest-Ilfov"), read.Audience);
    }

    [Fact]
    public async Task Add_IdAlreadyUsed_ThrowsAndKeepsTheFirst()
    {
        // Arrange
        var store = NewStore();
        await store.AddAsync(NewMeeting("dup234", Now.AddDays(1)));

        // Act
        var error = await Record.ExceptionAsync(() => store.AddAsync(NewMeeting("dup234", Now.AddDays(5)) with { Title = "Other" }));

        // Assert
        Assert.IsType<DuplicateMeetingIdException>(error);
        Assert.Equal("Steering group call", (await store.GetAsync("dup234"))!.Title);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull() => Assert.Null(await NewStore().GetAsync("nope22"));

    [Fact]
    public void NewId_ManyIds_AreSixCharactersFromTheAlphabetAndDistinct()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => MeetingIds.NewId()).ToList();
        Assert.All(ids, id => Assert.Matches("^[23456789abcdefghjkmnpqrstuvwxyz]{6}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
