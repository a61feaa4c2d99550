namespace MicroFuture.Bot.Tests.Storage;

/// <summary>The test classes that share one throw-away PostgreSQL cluster; each test takes a fresh database from it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
