using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Tests.Schema;

public sealed class ActivityModelTests
{
    private static Activity Load(string fixture) => ProtocolJson.Deserialize<Activity>(Fixture.Text(fixture))!;

    [Fact]
    public void ActivityModel_EveryWrittenName_IsAConnectorApiActivityProperty()
    {
        // Arrange
        var specNames = Fixture.Node("connector-api-activity-properties.jsonc").AsArray().Select(n => (string)n!).ToHashSet(StringComparer.Ordinal);
        var info = ProtocolJson.Options.GetTypeInfo(typeof(Activity));

        // Act
        var written = info.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).ToList();

        // Assert
        Assert.NotEmpty(written);
        Assert.All(written, name => Assert.Contains(name, specNames));
    }

    [Fact]
    public void GetTeamsChannelData_ChannelMessage_ReadsTenantTeamAndChannel()
    {
        // Arrange
        var activity = Load("channel-message-mention.json");

        // Act
        var data = activity.GetTeamsChannelData();

        // Assert
        Assert.NotNull(data);
        Assert.Equal("00000000-0000-0000-0000-000000000001", data.Tenant?.Id);
        Assert.Equal("19:team@thread.tacv2", data.Team?.Id);
        Assert.Equal("MICROFUTURE partners", data.Team?.Name);
        Assert.Equal("00000000-0000-0000-0000-000000000030", data.Team?.AadGroupId);
        Assert.Equal("19:abc@thread.tacv2", data.Channel?.Id);
        Assert.Equal("General", data.Channel?.Name);
    }

    [Fact]
    public void GetTeamsChannelData_ChannelCreated_ReadsEventType()
    {
        // Arrange
        var activity = Load("conversation-update-channel-created.json");

        // Act
        var data = activity.GetTeamsChannelData();

        // Assert
        Assert.Equal("channelCreated", data?.EventType);
        Assert.Equal("Pilot results", data?.Channel?.Name);
    }

    [Fact]
    public void GetTeamsChannelData_InstallationUpdate_ReadsSourceAndSettings()
    {
        // Arrange
        var activity = Load("installation-update-add.json");

        // Act
        var data = activity.GetTeamsChannelData();

        // Assert
        Assert.Equal("message", data?.Source?.GetProperty("name").GetString());
        Assert.Equal("19:abc@thread.tacv2", data?.Settings?.GetProperty("selectedChannel").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"message","channelData":"text"}""")]
    [InlineData("""{"type":"message","channelData":[1]}""")]
    public void GetTeamsChannelData_AbsentOrNotAnObject_IsNull(string json)
    {
        // Arrange
        var activity = ProtocolJson.Deserialize<Activity>(json)!;

        // Act / Assert
        Assert.Null(activity.GetTeamsChannelData());
    }

    [Fact]
    public void CreateReply_ChannelMessage_AddressesTheSenderInTheSameThread()
    {
        // Arrange
        var inbound = Load("channel-message-mention.json");

        // Act
        var reply = inbound.CreateReply("done");

        // Assert
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("done", reply.Text);
        Assert.Equal("1700000000123", reply.ReplyToId);
        Assert.Equal("28:bot-1", reply.From?.Id);
        Assert.Equal("MicroFuture", reply.From?.Name);
        Assert.Equal("29:user-2", reply.Recipient?.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000021", reply.Recipient?.AadObjectId);
        Assert.Equal("19:abc@thread.tacv2;messageid=1700000000123", reply.Conversation?.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000001", reply.Conversation?.TenantId);
        Assert.Equal("channel", reply.Conversation?.ConversationType);
        Assert.True(reply.Conversation?.IsGroup);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.Id);
        Assert.Equal(TimeSpan.Zero, reply.Timestamp?.Offset);
    }

    [Fact]
    public void CreateReply_DoesNotShareAccountsWithTheInbound()
    {
        // Arrange
        var inbound = Load("personal-message.json");

        // Act
        var reply = inbound.CreateReply();
        reply.Conversation!.Id = "changed";
        reply.From!.Id = "changed";

        // Assert
        Assert.Equal("a:1personal-chat-id", inbound.Conversation?.Id);
        Assert.Equal("28:bot-1", inbound.Recipient?.Id);
    }

    [Fact]
    public void GetConversationReference_PersonalMessage_KeepsWhatAProactiveSendNeeds()
    {
        // Arrange
        var inbound = Load("personal-message.json");

        // Act
        var reference = inbound.GetConversationReference();
        var proactive = reference.CreateActivity();
        var stored = ProtocolJson.Deserialize<ConversationReference>(ProtocolJson.Serialize(reference))!;

        // Assert
        Assert.Equal("1f3b0f6e-9a41-4c1e-8f4e-5d2a4a7b9c01", reference.ActivityId);
        Assert.Equal("29:user-1", reference.User?.Id);
        Assert.Equal("28:bot-1", reference.Bot?.Id);
        Assert.Equal("a:1personal-chat-id", reference.Conversation?.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000001", reference.Conversation?.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("28:bot-1", proactive.From?.Id);
        Assert.Equal("29:user-1", proactive.Recipient?.Id);
        Assert.Null(proactive.ReplyToId);
        Assert.Equal("a:1personal-chat-id", stored.Conversation?.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
    }

    [Fact]
    public void IsType_ComparesOrdinally()
    {
        // Arrange
        var activity = new Activity { Type = "Message" };

        // Act / Assert
        Assert.False(activity.IsType(ActivityTypes.Message));
    }

    [Fact]
    public void Serialize_ExpectedReplies_WrapsActivities()
    {
        // Arrange
        var replies = new ExpectedReplies { Activities = [new Activity { Type = ActivityTypes.Message, Text = "a" }] };

        // Act
        var json = JsonNode.Parse(ProtocolJson.Serialize(replies))!;

        // Assert
        Assert.Equal("a", (string?)json["activities"]![0]!["text"]);
    }
}
