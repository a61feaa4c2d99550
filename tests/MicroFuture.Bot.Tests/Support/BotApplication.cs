using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Support;

/// <summary>
/// The real bot host in-process (WebApplicationFactory), with its own empty data directory and any
/// configuration overrides a test gives, and any services a test replaces (<paramref name="testServices"/>, applied
/// after the host's own). Outbound calls are real HTTP (to a <see cref="LoopbackConnector"/>).
/// </summary>
public sealed class BotApplication(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("microfuture-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration =>
        {
            var values = new Dictionary<string, string?> { ["DataDirectory"] = DataDirectory };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }
            configuration.AddInMemoryCollection(values);
        });
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a finalising connection: the temp folder is cleaned by the OS later
        }
    }
}
