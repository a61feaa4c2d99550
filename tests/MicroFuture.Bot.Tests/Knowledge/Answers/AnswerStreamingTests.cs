using System.Text.Json.Nodes;
using MicroFuture.Bot.Tests.Hosting;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// Generated answers streamed into Teams over real HTTP: the model is a local SSE stub, the channel the loopback
/// Connector scripted as Teams answers streaming (201 <c>{id}</c> to the first chunk, 202 to later ones).
/// </summary>
public sealed class AnswerStreamingTests : IDisposable
{
    private const string Question = "What is the maximum loan size for an Italian business microcredit?";
    private const string Generated = "An Italian business microcredit can be at most EUR 75,000 [1].";
    private const string StreamId = "stream-1";
    private readonly AzureOpenAIStub _model = new();

    public AnswerStreamingTests() => _model.Answers(Generated);

    [Fact]
    public async Task PersonalChat_ModelStreams_SendsGrowingTypingChunksThenOneFinalAnswerWithCitationsAndAILabel()
    {
        // Arrange
        var pieces = AzureOpenAIStub.Pieces(Generated);
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Enqueue(201, """{"id":"typing-1"}""");
        connector.Enqueue(201, $$"""{"id":"{{StreamId}}"}""");
        for (var i = 1; i < pieces.Count; i++)
        {
            connector.Enqueue(202, "{}");
        }
        await using var bot = new BotApplication(WithModel());
        using var client = KnowledgeHostTests.WithSearch(bot).CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, Question)));
        var typing = (await connector.NextAsync()).Activity!;
        var chunks = new List<Activity>();
        for (var i = 0; i < pieces.Count; i++)
        {
            chunks.Add((await connector.NextAsync()).Activity!);
        }
        var final = (await connector.NextAsync()).Activity!;

        // Assert: the plain typing while searching, then chunks 1, 2, … each extending the previous text
        Assert.Null(StreamInfo.Of(typing));
        var previous = "";
        for (var i = 0; i < chunks.Count; i++)
        {
            Assert.Equal(ActivityTypes.Typing, chunks[i].Type);
            var info = StreamInfo.Of(chunks[i])!;
            Assert.Equal(StreamTypes.Streaming, info.StreamType);
            Assert.Equal(i + 1, info.StreamSequence);
            Assert.Equal(i == 0 ? null : StreamId, info.StreamId);
            Assert.StartsWith(previous, chunks[i].Text);
            Assert.True(chunks[i].Text!.Length > previous.Length);
            Assert.Null(chunks[i].Entities!.FirstOrDefault(e => e.Type == "https://schema.org/Message"));
            previous = chunks[i].Text!;
        }
        Assert.Equal(Generated, previous);
        // the final message ends the stream and alone carries sources, citations, AI label and feedback
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Equal(new StreamInfo(StreamTypes.Final, StreamId), StreamInfo.Of(final));
        Assert.StartsWith(Generated, final.Text);
        Assert.Contains(AnswerSamples.ItalyUrl, final.Text);
        var message = Assert.Single(final.Entities!, e => e.Type == "https://schema.org/Message");
        Assert.Equal(["AIGeneratedContent"], CitationEntityTests.AdditionalType(message) ?? []);
        Assert.Equal(1, message.Properties!["citation"][0].GetProperty("position").GetInt32());
        Assert.True(final.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task PersonalChat_ChannelRefusesAChunk403_StopsStreamingAndStillSendsTheWholeAnswer()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Enqueue(201, """{"id":"typing-1"}""");
        connector.Enqueue(201, $$"""{"id":"{{StreamId}}"}""");
        connector.Enqueue(403, """{"error":{"code":"ContentStreamNotAllowed","message":"Content stream is not allowed on an already completed streamed message"}}""");
        await using var bot = new BotApplication(WithModel());
        using var client = KnowledgeHostTests.WithSearch(bot).CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, Question)));
        var sent = new List<Activity>();
        for (var i = 0; i < 4; i++)
        {
            sent.Add((await connector.NextAsync()).Activity!);
        }

        // Assert: typing, chunk 1 (accepted), chunk 2 (refused), then no more chunks but the answer as a plain message
        Assert.Equal([1, 2], sent.Skip(1).Take(2).Select(a => StreamInfo.Of(a)!.StreamSequence));
        var final = sent[3];
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Null(StreamInfo.Of(final));
        Assert.StartsWith(Generated, final.Text);
        Assert.Equal(["AIGeneratedContent"], CitationEntityTests.AdditionalType(Assert.Single(final.Entities!)) ?? []);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task GroupChat_ModelConfigured_SendsTheGeneratedAnswerWithoutStreaming()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(WithModel());
        using var client = KnowledgeHostTests.WithSearch(bot).CreateClient();
        var inbound = TeamsPayloads.Personal(connector.ServiceUrl, Question, conversationId: "19:group-chat-1@thread.v2");
        inbound["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "groupChat",
            ["tenantId"] = "00000000-0000-0000-0000-000000000001",
            ["id"] = "19:group-chat-1@thread.v2",
        };

        // Act
        await client.PostAsync("/api/messages", TeamsPayloads.Json(inbound));
        var typing = (await connector.NextAsync()).Activity!;
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(ActivityTypes.Typing, typing.Type);
        Assert.Null(StreamInfo.Of(typing));
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Null(StreamInfo.Of(reply));
        Assert.StartsWith(Generated, reply.Text);
        Assert.False(AzureOpenAIStub.IsStreamRequest(Assert.Single(_model.Requests)));
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task PersonalChat_NoModelConfigured_SendsTheQuotedAnswerAsOneMessage()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(new Dictionary<string, string?>(KnowledgeHostTests.Thresholds) { ["AzureOpenAI:StreamingInterval"] = "00:00:00" });
        using var client = KnowledgeHostTests.WithSearch(bot).CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, Question)));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Null(StreamInfo.Of(reply));
        Assert.Contains("EUR 75,000. [1]", reply.Text);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Empty(_model.Requests);
    }

    // Interval 0: every piece the model writes is a chunk, so the chunks are known without timing.
    private Dictionary<string, string?> WithModel() => new(KnowledgeHostTests.Thresholds)
    {
        ["AzureOpenAI:Endpoint"] = _model.Endpoint,
        ["AzureOpenAI:Deployment"] = AzureOpenAIStub.Deployment,
        ["AzureOpenAI:ApiKey"] = AzureOpenAIStub.Key,
        ["AzureOpenAI:StreamingInterval"] = "00:00:00",
    };

    public void Dispose() => _model.Dispose();
}
