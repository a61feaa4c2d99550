using System.Net;
using System.Text.Json;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>Questions through /api/messages of the real host, with the test search standing in for the index.</summary>
public sealed class KnowledgeHostTests
{
    internal static readonly Dictionary<string, string?> Thresholds = new()
    {
        ["Knowledge:MinSimilarity"] = "0.6",
        ["Knowledge:MinLexicalScore"] = "9",
    };

    [Fact]
    public async Task FreeQuestion_WithKnowledgeSearch_RepliesWithAnswerCitationsAndFeedbackButtons()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(Thresholds);
        using var client = WithSearch(bot).CreateClient();

        // Act
        var response = await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "What is the maximum loan size for an Italian business microcredit?", id: "q-1")));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("q-1", reply.ReplyToId);
        Assert.Contains("EUR 75,000. [1]", reply.Text);
        Assert.Contains(AnswerSamples.ItalyUrl, reply.Text);
        var entity = Assert.Single(reply.Entities!);
        Assert.Equal("https://schema.org/Message", entity.Type);
        var claim = entity.Properties!["citation"].EnumerateArray().First();
        Assert.Equal(1, claim.GetProperty("position").GetInt32());
        Assert.False(string.IsNullOrEmpty(claim.GetProperty("appearance").GetProperty("abstract").GetString()));
        Assert.True(reply.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public async Task FreeQuestion_WithAzureOpenAIConfiguredAndStreamingOff_ShowsTypingThenTheGeneratedAnswerWithTheAILabel()
    {
        // Arrange
        using var model = new AzureOpenAIStub();
        model.Answers("An Italian business microcredit can be at most EUR 75,000 [1].");
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(new Dictionary<string, string?>(Thresholds)
        {
            ["AzureOpenAI:Endpoint"] = model.Endpoint,
            ["AzureOpenAI:Deployment"] = AzureOpenAIStub.Deployment,
            ["AzureOpenAI:ApiKey"] = AzureOpenAIStub.Key,
            ["AzureOpenAI:Streaming"] = "false",
        });
        using var client = WithSearch(bot).CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "What is the maximum loan size for an Italian business microcredit?")));
        var typing = (await connector.NextAsync()).Activity!;
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(ActivityTypes.Typing, typing.Type);
        Assert.StartsWith("An Italian business microcredit can be at most EUR 75,000 [1].", reply.Text);
        var entity = Assert.Single(reply.Entities!);
        Assert.Equal(["AIGeneratedContent"], CitationEntityTests.AdditionalType(entity) ?? []);
        Assert.Equal(1, entity.Properties!["citation"][0].GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task FollowUp_InTheSameConversation_IsAnsweredForTheNewCountry()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(Thresholds);
        using var client = WithSearch(bot).CreateClient();
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "ask How does Italy limit microcredit loan size?")));
        var first = (await connector.NextAsync()).Activity!;

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "and in Sweden?")));
        var second = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Contains("EUR 75,000", first.Text);
        Assert.Contains("SEK 250,000", second.Text);
        Assert.Contains(AnswerSamples.SwedenUrl, second.Text);
    }

    [Fact]
    public async Task Help_WithAnswersRegistered_ListsAskAndFeedback()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help")));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Contains("- ask: ask <question>:", reply.Summary);
        Assert.Contains("- feedback:", reply.Summary);
    }

    [Fact]
    public async Task AskCommand_WithoutQuestion_AsksForTheQuestion()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(Thresholds);
        using var client = WithSearch(bot).CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "ask")));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.StartsWith("Ask me a question after **ask**", reply.Text);
    }

    internal static WebApplicationFactory<Program> WithSearch(BotApplication bot) =>
        bot.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IKnowledgeSearch>(new WordOverlapSearch(AnswerSamples.Sections()))));
}
