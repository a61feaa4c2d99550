using System.Text.Json;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Knowledge.Presentation;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class CitationEntityTests
{
    private static readonly Activity Inbound = new() { Type = ActivityTypes.Message, Id = "m1", Text = "question" };

    [Fact]
    public async Task AnswerMessage_ExtractiveAnswer_CarriesOneRootMessageEntityWithTeamsShapedCitations()
    {
        // Arrange
        var answer = await Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections())).AnswerAsync("What is the maximum loan size for an Italian business microcredit?");

        // Act
        var message = AnswerMessage.Create(Inbound, answer);

        // Assert
        var entity = Assert.Single(message.Entities!);
        var json = JsonSerializer.SerializeToElement(entity, ProtocolJson.Options);
        Assert.Equal("https://schema.org/Message", json.GetProperty("type").GetString());
        Assert.Equal("Message", json.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("", json.GetProperty("@id").GetString());
        Assert.False(json.TryGetProperty("additionalType", out _)); // not generated: no AI label
        var positions = new List<int>();
        foreach (var claim in json.GetProperty("citation").EnumerateArray())
        {
            Assert.Equal("Claim", claim.GetProperty("@type").GetString());
            var position = claim.GetProperty("position").GetInt32();
            Assert.True(position >= 1);
            positions.Add(position);
            var appearance = claim.GetProperty("appearance");
            Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
            Assert.InRange(appearance.GetProperty("name").GetString()!.Length, 1, 80);
            Assert.InRange(appearance.GetProperty("abstract").GetString()!.Length, 1, 160);
            Assert.StartsWith("https://example.org/", appearance.GetProperty("url").GetString());
            var keywords = appearance.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!).ToList();
            Assert.InRange(keywords.Count, 1, 3);
            Assert.All(keywords, k => Assert.InRange(k.Length, 1, 28));
        }
        var markers = Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order().ToList();
        Assert.Equal(markers, positions.Order());
    }

    [Fact]
    public async Task AnswerMessage_Answer_EnablesTheFeedbackButtonsAndListsTheSourcesReadably()
    {
        // Arrange
        var answer = await Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections())).AnswerAsync("What is the maximum loan size for an Italian business microcredit?");

        // Act
        var message = AnswerMessage.Create(Inbound, answer);

        // Assert
        Assert.True(message.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.Equal("default", message.ChannelData!.Value.GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.Equal("m1", message.ReplyToId);
        Assert.Contains("**Sources**", message.Text);
        Assert.Contains($"[1] Country context: microcredit in Italy — Italian microcredit loan size limits: {AnswerSamples.ItalyUrl} (read 2026-11-20)", message.Text);
    }

    [Fact]
    public async Task AnswerMessage_Abstention_HasNoCitationEntityButKeepsFeedback()
    {
        // Arrange
        var answer = await Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections())).AnswerAsync("Who won the football world cup in 1998?");

        // Act
        var message = AnswerMessage.Create(Inbound, answer);

        // Assert
        Assert.Null(message.Entities);
        Assert.Contains("does not cover", message.Text);
        Assert.True(message.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public void Shorten_LongText_CutsAtAWordWithinTheLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("microfinance", 30));

        var shortened = CitationEntity.Shorten(text, 160);

        Assert.InRange(shortened.Length, 150, 160);
        Assert.EndsWith("microfinance…", shortened);
    }

    /// <summary>The entity's <c>additionalType</c> values, or null when it has none.</summary>
    internal static string[]? AdditionalType(Entity entity) =>
        entity.Properties!.TryGetValue("additionalType", out var value) ? value.EnumerateArray().Select(v => v.GetString()!).ToArray() : null;
}
