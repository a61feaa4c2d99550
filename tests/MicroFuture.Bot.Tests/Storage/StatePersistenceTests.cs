using System.Net;
using MicroFuture.Bot.Storage;
using MicroFuture.Bot.Tests.Support;

namespace MicroFuture.Bot.Tests.Storage;

public sealed class StatePersistenceTests : IDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("microfuture-shared-data-");

    [Fact]
    public async Task Welcome_SecondHostOnSameDataDirectory_DoesNotWelcomeAgain()
    {
        // Arrange: the first host welcomes the new member and records it
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = new Dictionary<string, string?> { ["DataDirectory"] = _dataDirectory.FullName };
        await using (var first = new BotApplication(settings))
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/messages", Activities.Json(MembersAdded(connector.ServiceUrl, "update-1")))).StatusCode);
            var welcome = (await connector.NextAsync()).Activity!;
            Assert.StartsWith("Welcome", welcome.Text);
        }
        Assert.True(File.Exists(Path.Combine(_dataDirectory.FullName, SqliteStorage.FileName)));

        // Act: a restarted bot sees the member added again, then a message
        await using var second = new BotApplication(settings);
        using var secondClient = second.CreateClient();
        await secondClient.PostAsync("/api/messages", Activities.Json(MembersAdded(connector.ServiceUrl, "update-2")));
        await secondClient.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "msg-after-restart")));

        // Assert: turns of a conversation run in order, so a second welcome would have come first
        var next = (await connector.NextAsync()).Activity!;
        Assert.Equal("msg-after-restart", next.ReplyToId);
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);

    private static string MembersAdded(string serviceUrl, string id) => $$"""
        {"type":"conversationUpdate","id":"{{id}}","timestamp":"2026-11-27T10:00:00.000Z",
         "serviceUrl":"{{serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:user-1","aadObjectId":"00000000-0000-0000-0000-000000000020"},
         "conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-000000000001","id":"a:personal-chat-1"},
         "recipient":{"id":"28:bot-1","name":"MicroFuture"},
         "membersAdded":[{"id":"28:bot-1"}],
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-000000000001"},"eventType":"teamMemberAdded"} }
        """;
}
