using MicroFuture.Bot.Storage;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Schedule.Meetings;

public sealed class MeetingSchemaTests
{
    [Fact]
    public async Task BotStart_FreshDataDirectory_CreatesTheMeetingsTable()
    {
        // Arrange
        await using var bot = new BotApplication();

        // Act: starting the host is enough
        using var client = bot.CreateClient();
        await using var connection = await bot.Services.GetRequiredService<BotDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meetings'";

        // Assert
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        SqliteConnection.ClearAllPools();
    }
}
