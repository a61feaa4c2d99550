using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Turns;

public sealed class MentionTextTests
{
    private static Entity Mention(string id, string? name, string? text) =>
        new() { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Fact]
    public void RemoveRecipientMention_BotMention_IsStrippedAndTrimmed()
    {
        // Arrange
        var activity = Turn.Message("<at>MicroFuture</at> help");
        activity.Entities = [Mention("28:bot-1", "MicroFuture", "<at>MicroFuture</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_OtherUsersMention_IsKept()
    {
        // Arrange
        var activity = Turn.Message("<at>MicroFuture</at> ask <at>Megan</at>");
        activity.Entities = [Mention("28:bot-1", "MicroFuture", "<at>MicroFuture</at>"), Mention("29:megan", "Megan", "<at>Megan</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("ask <at>Megan</at>", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_DifferentCaseInText_IsStripped()
    {
        // Arrange
        var activity = Turn.Message("<AT>microfuture</AT> help");
        activity.Entities = [Mention("28:bot-1", "MicroFuture", "<at>MicroFuture</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_MentionWithoutText_FallsBackToName()
    {
        // Arrange
        var activity = Turn.Message("help <at>MicroFuture</at>");
        activity.Entities = [Mention("28:bot-1", "MicroFuture", text: null)];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("help", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_TextNull_StaysNull()
    {
        // Arrange
        var activity = Turn.Message(null);
        activity.Entities = [Mention("28:bot-1", "MicroFuture", "<at>MicroFuture</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Null(activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_NoRecipient_LeavesTextUnchanged()
    {
        // Arrange
        var activity = Turn.Message("<at>MicroFuture</at> help");
        activity.Recipient = null;
        activity.Entities = [Mention("28:bot-1", "MicroFuture", "<at>MicroFuture</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("<at>MicroFuture</at> help", activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_MarkupWithRegexCharacters_IsTreatedLiterally()
    {
        // Arrange
        var activity = Turn.Message("<at>Bot (beta)+</at> help");
        activity.Entities = [Mention("28:bot-1", "Bot (beta)+", "<at>Bot (beta)+</at>")];

        // Act
        MentionText.RemoveRecipientMention(activity);

        // Assert
        Assert.Equal("help", activity.Text);
    }
}
