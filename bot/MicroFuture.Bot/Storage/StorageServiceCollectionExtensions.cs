using MicroFuture.Bot.Hosting;
using MicroFuture.BotFramework.State;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Storage;

/// <summary>Registers the configured <see cref="IStorage"/> (config key <c>Storage:Provider</c>).</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddMicroFutureStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        // Chosen when first resolved, so configuration added by a test host is seen too.
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProvider.Sqlite => new SqliteStorage(Path.Combine(sp.GetRequiredService<DataDirectory>().Path, SqliteStorage.FileName)),
            StorageProvider.Memory => new MemoryStorage(),
            // The same database (and connection string check) as the product's tables.
            StorageProvider.Postgres => new PostgresStorage(sp.GetRequiredService<BotDatabase>().ConnectionString),
            var other => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [$"Unknown Storage:Provider '{other}'."]),
        });
        services.AddSingleton(sp => BotDatabase.From(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<DataDirectory>().Path));
        return services;
    }
}
