using MicroFuture.Bot.WebChat;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.WebChat;

public sealed class DirectLineConversationsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Find_ConversationIdleLongerThanTimeout_IsForgotten()
    {
        // Arrange
        var conversations = Create(new DirectLineOptions { IdleTimeout = TimeSpan.FromMinutes(30) });
        var idle = conversations.Start(User());
        var active = conversations.Start(User());

        // Act
        _time.Advance(TimeSpan.FromMinutes(20));
        active.Touch(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(11));

        // Assert
        Assert.Null(conversations.Find(idle.Id));
        Assert.Same(active, conversations.Find(active.Id));
    }

    [Fact]
    public void Start_AtTheCap_DropsTheLeastRecentlyActiveConversation()
    {
        // Arrange
        var conversations = Create(new DirectLineOptions { MaxConversations = 2 });
        var first = conversations.Start(User());
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = conversations.Start(User());
        _time.Advance(TimeSpan.FromSeconds(1));
        first.Touch(_time.GetUtcNow());

        // Act
        var third = conversations.Start(User());

        // Assert
        Assert.Equal(2, conversations.Count);
        Assert.Null(conversations.Find(second.Id));
        Assert.NotNull(conversations.Find(first.Id));
        Assert.NotNull(conversations.Find(third.Id));
    }

    [Fact]
    public void Accepts_TokenPastItsLifetime_IsRefusedUntilRefreshed()
    {
        // Arrange
        var conversations = Create(new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(30), IdleTimeout = TimeSpan.FromHours(2) });
        var conversation = conversations.Start(User());
        var token = conversation.Token;

        // Act
        _time.Advance(TimeSpan.FromMinutes(31));
        var expiredAccepted = conversation.Accepts(token, _time.GetUtcNow());
        var refreshed = conversation.RefreshToken(_time.GetUtcNow(), TimeSpan.FromMinutes(30));

        // Assert
        Assert.False(expiredAccepted);
        Assert.True(conversation.Accepts(refreshed, _time.GetUtcNow()));
        Assert.Null(conversations.FindByToken(token));
        Assert.Same(conversation, conversations.FindByToken(refreshed));
    }

    [Fact]
    public void After_Watermark_ReturnsOnlyNewerActivitiesAndTheLastSequence()
    {
        // Arrange
        var conversation = Create(new DirectLineOptions()).Start(User());
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "one" }, _time.GetUtcNow());
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "two" }, _time.GetUtcNow());

        // Act
        var (all, allWatermark) = conversation.After(null, _time.GetUtcNow());
        var (newer, newerWatermark) = conversation.After(1, _time.GetUtcNow());
        var (none, sameWatermark) = conversation.After(2, _time.GetUtcNow());

        // Assert
        Assert.Equal(["one", "two"], all.Select(a => a.Text));
        Assert.Equal("2", allWatermark);
        Assert.Equal("two", Assert.Single(newer).Text);
        Assert.Equal("2", newerWatermark);
        Assert.Empty(none);
        Assert.Equal("2", sameWatermark);
    }

    private DirectLineConversations Create(DirectLineOptions options) => new(Options.Create(options), _time);

    private static ChannelAccount User() => new() { Id = "r_" + Guid.NewGuid().ToString("N"), Role = "user" };
}
