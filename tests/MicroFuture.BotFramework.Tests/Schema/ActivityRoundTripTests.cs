using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Tests.Schema;

/// <summary>Teams payloads read and written back unchanged: a bot that echoes or stores an activity loses nothing.</summary>
public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> Fixtures() =>
    [
        "personal-message.json",
        "channel-message-mention.json",
        "groupchat-message.json",
        "installation-update-add.json",
        "conversation-update-members-added.json",
        "conversation-update-channel-created.json",
        "invoke-feedback.json",
        "invoke-adaptive-card-action.json",
        "card-submit-message.json",
        "message-reaction.json",
        "ai-message-citations.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_TeamsPayload_WritesTheSameJson(string fixture)
    {
        // Arrange
        var original = Fixture.Text(fixture);

        // Act
        var activity = ProtocolJson.Deserialize<Activity>(original);
        var written = ProtocolJson.Serialize(activity);

        // Assert
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)),
            $"{fixture} changed in a round trip:\n{written}");
    }

    [Fact]
    public void RoundTrip_UnknownFieldsEverywhere_AreKeptVerbatim()
    {
        // Arrange
        const string json = """
            {"type":"message","futureTop":{"a":[1,2.50,"x"]},"text":"hi",
             "from":{"id":"29:u","futureFrom":true},
             "conversation":{"id":"a:c","futureConversation":"v"},
             "recipient":{"id":"28:b","futureRecipient":null},
             "entities":[{"type":"clientInfo","futureEntity":{"deep":{"deeper":1e3}}}],
             "channelData":{"tenant":{"id":"t"},"futureChannelData":[{}]},
             "attachments":[{"contentType":"x/y","futureAttachment":0}]}
            """;

        // Act
        var written = ProtocolJson.Serialize(ProtocolJson.Deserialize<Activity>(json));

        // Assert
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Serialize_ActivityWithNulls_OmitsThemAndUsesCamelCase()
    {
        // Arrange
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            ReplyToId = "1",
            Conversation = new ConversationAccount { Id = "a:c", TenantId = "t" },
        };

        // Act
        var written = ProtocolJson.Serialize(activity);

        // Assert
        Assert.Equal("""{"type":"message","conversation":{"id":"a:c","tenantId":"t"},"text":"hi","replyToId":"1"}""", written);
    }

    [Fact]
    public void RoundTrip_SchemaOrgEntity_KeepsJsonLdKeysAndCitations()
    {
        // Arrange
        var original = Fixture.Node("ai-message-citations.json")["entities"]![0]!;

        // Act
        var activity = ProtocolJson.Deserialize<Activity>(Fixture.Text("ai-message-citations.json"))!;
        var entity = Assert.Single(activity.Entities!);
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!["entities"]![0]!;

        // Assert
        Assert.Equal("Message", entity.GetString("@type"));
        Assert.Equal("https://schema.org", entity.GetString("@context"));
        Assert.Equal("", entity.GetString("@id"));
        Assert.Equal("Claim", (string?)written["citation"]![0]!["@type"]);
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Theory]
    [InlineData("2026-11-27T10:00:00.293Z", "2026-11-27T11:00:00.293+01:00")]
    [InlineData("2026-11-27T10:00:00Z", "2026-11-27T10:00:00+00:00")]
    [InlineData("2026-11-27T10:00:00.5962345Z", "2026-11-27T05:00:00.5962345-05:00")]
    public void RoundTrip_Timestamps_KeepUtcDesignatorAndLocalOffset(string timestamp, string localTimestamp)
    {
        // Arrange
        var json = $$"""{"type":"message","timestamp":"{{timestamp}}","localTimestamp":"{{localTimestamp}}"}""";

        // Act
        var activity = ProtocolJson.Deserialize<Activity>(json)!;
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        // Assert
        Assert.Equal(timestamp, (string?)written["timestamp"]);
        Assert.Equal(localTimestamp, (string?)written["localTimestamp"]);
        Assert.Equal(activity.Timestamp!.Value.UtcDateTime, activity.LocalTimestamp!.Value.UtcDateTime);
    }

    [Fact]
    public void Serialize_TimestampWithOffset_IsWrittenAsUtcWithZ()
    {
        // Arrange
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = new DateTimeOffset(2026, 11, 27, 11, 0, 0, TimeSpan.FromHours(1)) };

        // Act
        var written = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        // Assert
        Assert.Equal("2026-11-27T10:00:00Z", (string?)written["timestamp"]);
    }

    [Fact]
    public void Deserialize_TimestampNotIso8601_Throws()
    {
        // Arrange
        const string json = """{"type":"message","timestamp":"yesterday"}""";

        // Act / Assert
        Assert.Throws<System.Text.Json.JsonException>(() => ProtocolJson.Deserialize<Activity>(json));
    }
}
