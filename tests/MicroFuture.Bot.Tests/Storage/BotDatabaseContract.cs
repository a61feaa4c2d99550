using System.Data.Common;
using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Tests.Storage;

/// <summary>The SQL dialect feature stores rely on, on every engine <see cref="BotDatabase"/> supports.</summary>
public abstract class BotDatabaseContract
{
    private const string CreateDeliveries = """
        CREATE TABLE IF NOT EXISTS deliveries (
            id       TEXT NOT NULL PRIMARY KEY,
            attempts INTEGER NOT NULL
        )
        """;

    /// <summary>A database with no tables yet.</summary>
    protected abstract BotDatabase Database { get; }

    [Fact]
    public async Task ExecuteAsync_CreateTableIfNotExistsTwiceThenInsert_CountsTheInsertedRow()
    {
        // Arrange
        await Database.ExecuteAsync(CreateDeliveries);
        await Database.ExecuteAsync(CreateDeliveries);

        // Act
        var inserted = await Database.ExecuteAsync(
            "INSERT INTO deliveries (id, attempts) VALUES (@id, @attempts)",
            new Dictionary<string, object?> { ["@id"] = "reminder-1", ["@attempts"] = 1 });

        // Assert
        Assert.Equal(1, inserted);
    }

    [Fact]
    public async Task InsertOnConflictDoNothingReturning_SameIdTwice_ReturnsTheRowOnlyTheFirstTime()
    {
        // Arrange
        await Database.ExecuteAsync(CreateDeliveries);

        // Act: the claim pattern of a delivery ledger, the first writer gets the row back
        var first = await ClaimAsync("reminder-1");
        var second = await ClaimAsync("reminder-1");
        var other = await ClaimAsync("reminder-2");

        // Assert
        Assert.Equal("reminder-1", first);
        Assert.Null(second);
        Assert.Equal("reminder-2", other);
    }

    private async Task<string?> ClaimAsync(string id)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO deliveries (id, attempts) VALUES (@id, 1) ON CONFLICT DO NOTHING RETURNING id";
        AddParameter(command, "@id", id);
        return await command.ExecuteScalarAsync() as string;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
