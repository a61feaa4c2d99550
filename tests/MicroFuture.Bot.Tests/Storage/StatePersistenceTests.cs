using System.Net;
using MicroFuture.Bot.Storage;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Storage;

public sealed class StatePersistenceTests : IDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("microfuture-shared-data-");

    [Fact]
    public async Task Welcome_SecondHostOnSameDataDirectory_DoesNotWelcomeAgain()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();

        // Act
        var afterRestart = await WelcomeThenRestartAsync(connector, provider: null);

        // Assert: turns of a conversation run in order, so a second welcome would have come before the help reply
        Assert.True(File.Exists(Path.Combine(_dataDirectory.FullName, SqliteStorage.FileName)));
        Assert.Equal("msg-after-restart", afterRestart.ReplyToId);
    }

    [Fact]
    public async Task Welcome_MemoryProviderAfterRestart_WelcomesAgain()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();

        // Act
        var afterRestart = await WelcomeThenRestartAsync(connector, provider: "Memory");

        // Assert
        // bot-state.db may exist all the same: product tables (references, reminders) live there with Memory state too.
        Assert.StartsWith("Welcome", afterRestart.Text);
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);

    /// <summary>
    /// A first host welcomes a new member; a second host on the same data directory then sees the member added
    /// again and a <c>help</c> message. Returns the first activity the second host sends.
    /// </summary>
    private async Task<Activity> WelcomeThenRestartAsync(LoopbackConnector connector, string? provider)
    {
        var settings = new Dictionary<string, string?> { ["DataDirectory"] = _dataDirectory.FullName, ["Storage:Provider"] = provider };
        await using (var first = new BotApplication(settings))
        {
            using var client = first.CreateClient();
            var accepted = await client.PostAsync("/api/messages", Activities.Json(Activities.MembersAdded(connector.ServiceUrl, "update-1")));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            Assert.StartsWith("Welcome", (await connector.NextAsync()).Activity!.Text);
        }

        await using var second = new BotApplication(settings);
        using var secondClient = second.CreateClient();
        await secondClient.PostAsync("/api/messages", Activities.Json(Activities.MembersAdded(connector.ServiceUrl, "update-2")));
        await secondClient.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "msg-after-restart")));
        return (await connector.NextAsync()).Activity!;
    }
}
