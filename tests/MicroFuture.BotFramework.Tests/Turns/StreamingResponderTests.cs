using System.Net;
using System.Text.Json;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.BotFramework.Tests.Turns;

public sealed class StreamingResponderTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.5);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Append_TextWithinTheInterval_IsBufferedAndTheNextChunkCarriesAllTextSoFar()
    {
        // Arrange
        var sender = new ScriptedSender();
        var responder = new StreamingResponder(await sender.TurnAsync(), Interval, _time);

        // Act
        await responder.AppendAsync("Loans ");
        await responder.AppendAsync("up to ");
        _time.Advance(Interval);
        await responder.AppendAsync("EUR 25,000.");

        // Assert: the first piece at once, the second waits for the third
        Assert.Equal(["Loans ", "Loans up to EUR 25,000."], sender.Sent.Select(a => a.Text));
        Assert.Equal([new StreamInfo(StreamTypes.Streaming, null, 1), new StreamInfo(StreamTypes.Streaming, "stream-1", 2)], sender.Sent.Select(StreamInfo.Of));
        Assert.All(sender.Sent, a => Assert.Equal(ActivityTypes.Typing, a.Type));
    }

    [Fact]
    public async Task End_AfterChunks_SendsTheFinalMessageWithTheStreamIdAndNoSequence()
    {
        // Arrange
        var sender = new ScriptedSender();
        var responder = new StreamingResponder(await sender.TurnAsync(), Interval, _time);
        await responder.AppendAsync("Loans up to EUR 25,000.");

        // Act
        await responder.EndAsync(new Activity { Type = ActivityTypes.Message, Text = "Loans up to EUR 25,000. [1]" });

        // Assert
        var final = sender.Sent[^1];
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Equal(new StreamInfo(StreamTypes.Final, "stream-1"), StreamInfo.Of(final));
        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.AppendAsync("more"));
    }

    [Fact]
    public async Task End_NothingStreamed_SendsAPlainMessage()
    {
        // Arrange
        var sender = new ScriptedSender();
        var responder = new StreamingResponder(await sender.TurnAsync(), Interval, _time);

        // Act
        await responder.EndAsync(new Activity { Type = ActivityTypes.Message, Text = "I will not guess." });

        // Assert
        var sent = Assert.Single(sender.Sent);
        Assert.Null(StreamInfo.Of(sent));
    }

    [Fact]
    public async Task Append_NearTheTwoMinuteLimit_SendsNoMoreChunksAndTheFinalIsPlain()
    {
        // Arrange
        var sender = new ScriptedSender();
        var responder = new StreamingResponder(await sender.TurnAsync(), Interval, _time);
        await responder.AppendAsync("Loans ");

        // Act
        _time.Advance(StreamingResponder.StreamLimit - TimeSpan.FromSeconds(1));
        await responder.AppendAsync("up to EUR 25,000.");
        await responder.EndAsync(new Activity { Type = ActivityTypes.Message, Text = "Loans up to EUR 25,000." });

        // Assert
        Assert.Equal(2, sender.Sent.Count);
        Assert.True(responder.Stopped);
        Assert.Null(StreamInfo.Of(sender.Sent[1]));
        Assert.Equal("Loans up to EUR 25,000.", sender.Sent[1].Text);
    }

    [Fact]
    public async Task End_ChannelRefusesTheFinal403_SendsItAgainAsAPlainMessage()
    {
        // Arrange
        var sender = new ScriptedSender(refuseAt: 2);
        var responder = new StreamingResponder(await sender.TurnAsync(), Interval, _time);
        await responder.AppendAsync("Loans up to EUR 25,000.");

        // Act
        await responder.EndAsync(new Activity { Type = ActivityTypes.Message, Text = "Loans up to EUR 25,000." });

        // Assert: chunk, refused final, plain final
        Assert.Equal(3, sender.Sent.Count);
        Assert.Equal(StreamTypes.Final, StreamInfo.Of(sender.Sent[1])!.StreamType);
        Assert.Null(StreamInfo.Of(sender.Sent[2]));
    }

    [Fact]
    public async Task Append_ChannelRefusesAChunk403_StopsChunksWithoutFailingTheTurn()
    {
        // Arrange
        var sender = new ScriptedSender(refuseAt: 2);
        var responder = new StreamingResponder(await sender.TurnAsync(), TimeSpan.Zero, _time);

        // Act
        await responder.AppendAsync("Loans ");
        await responder.AppendAsync("up to ");
        await responder.AppendAsync("EUR 25,000.");

        // Assert
        Assert.Equal(2, sender.Sent.Count);
        Assert.True(responder.Stopped);
        Assert.Equal(1, responder.Sequence);
    }

    [Fact]
    public void CanStream_OnlyTeamsOneToOneChatsWithNormalDelivery()
    {
        // Arrange
        var personal = Turn.Message("q");
        var group = Turn.Message("q");
        group.Conversation!.ConversationType = "groupChat";
        var webChat = Turn.Message("q");
        webChat.ChannelId = "webchat";
        var buffered = Turn.Message("q");
        buffered.DeliveryMode = DeliveryModes.ExpectReplies;

        // Act
        bool[] allowed = [.. new[] { personal, group, webChat, buffered }.Select(StreamingResponder.CanStream)];

        // Assert
        Assert.Equal([true, false, false, false], allowed);
    }

    [Fact]
    public void StreamInfo_ChunkAndFinal_SerialiseAsTeamsExpects()
    {
        // Arrange
        var first = new Activity { Type = ActivityTypes.Typing, Entities = [StreamInfo.Chunk(null, 1).ToEntity()] };
        var final = new Activity { Type = ActivityTypes.Message, Entities = [StreamInfo.Final("s-9").ToEntity()] };

        // Act
        var firstJson = JsonDocument.Parse(ProtocolJson.Serialize(first)).RootElement.GetProperty("entities")[0].GetRawText();
        var finalJson = JsonDocument.Parse(ProtocolJson.Serialize(final)).RootElement.GetProperty("entities")[0].GetRawText();

        // Assert
        Assert.Equal("""{"type":"streaminfo","streamType":"streaming","streamSequence":1}""", firstJson);
        Assert.Equal("""{"type":"streaminfo","streamType":"final","streamId":"s-9"}""", finalJson);
    }

    /// <summary>Answers the first send 201 <c>{"id":"stream-1"}</c> and later ones 202, and refuses send <c>refuseAt</c> (1-based) with Teams' 403.</summary>
    private sealed class ScriptedSender(int refuseAt = 0) : IActivitySender
    {
        public List<Activity> Sent { get; } = [];

        public Task<TurnContext> TurnAsync() => Turn.CreateAsync(Turn.Message("q"), sender: this);

        public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            // A copy: the responder may change the final activity after a refusal.
            Sent.Add(ProtocolJson.Deserialize<Activity>(ProtocolJson.Serialize(activity))!);
            return Sent.Count == refuseAt
                ? throw new ConnectorException(HttpStatusCode.Forbidden, StreamInfo.NotAllowedCode, "Content stream is not allowed")
                : Task.FromResult<ResourceResponse?>(Sent.Count == 1 ? new ResourceResponse { Id = "stream-1" } : null);
        }

        public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
