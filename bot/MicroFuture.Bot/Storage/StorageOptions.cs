namespace MicroFuture.Bot.Storage;

/// <summary>Where conversation and user state are kept: section <c>Storage</c> of the configuration.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The storage behind <c>IStorage</c>; SQLite in the data directory unless configured otherwise.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Npgsql connection string when <see cref="Provider"/> is <see cref="StorageProvider.Postgres"/>.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>The storage implementations the bot can run on.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (<see cref="SqliteStorage.FileName"/>) in the data directory: the embedded default.</summary>
    Sqlite,

    /// <summary>In process only, lost at restart: for tests and throw-away runs.</summary>
    Memory,

    /// <summary>PostgreSQL (<see cref="StorageOptions.ConnectionString"/>): shared by several bot instances.</summary>
    Postgres,
}
