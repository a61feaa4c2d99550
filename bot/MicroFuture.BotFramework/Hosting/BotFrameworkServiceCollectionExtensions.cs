using System.Net;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>Registers the protocol engine and maps <c>/api/messages</c>.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>Name of the Connector's <see cref="HttpClient"/>.</summary>
    public const string ConnectorHttpClient = "BotConnector";

    /// <summary>
    /// Adds the adapter, auth (inbound and outbound), the Connector client with retries, the turn queue and the
    /// middleware. The bot itself is registered by the caller as <see cref="IBot"/>; storage defaults to
    /// <see cref="MemoryStorage"/> unless the caller registers another <see cref="IStorage"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthOptions>().Bind(configuration);
        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName));
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();

        services.AddBotAuthentication();

        services.AddSingleton<ServiceUrlTrust>();
        services.AddTransient<BotTokenHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorHttpClient)
            .AddHttpMessageHandler<BotTokenHandler>()
            .AddResilienceHandler("connector", (pipeline, context) =>
                ConfigureConnectorRetries(pipeline, context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.ConnectorRetryBaseDelay));

        services.AddSingleton<ITurnMiddleware, RemoveMentionMiddleware>();
        services.AddSingleton<ConnectorActivitySender>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<TurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<BotHttpAdapter>();
        services.AddHostedService<LocalModeNotice>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c> to the adapter.</summary>
    public static IEndpointConventionBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpContext http, BotHttpAdapter adapter) => adapter.ProcessAsync(http, http.RequestAborted));

    // Teams' rate-limit guidance: retry 429 (after Retry-After), 412, 502, 503, 504; never 4xx otherwise nor 500.
    private static void ConfigureConnectorRetries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TimeSpan baseDelay)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = baseDelay,
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is
                HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout),
        });
    }

    private static void AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotAuthOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidation>());
        // Metadata, keys and tokens come through this client; hosts and tests may configure it (never its TLS checks in production).
        services.AddHttpClient(BotAuthHttp.ClientName);
        // Local mode accepts every caller, even one that sends a header, as the JS SDK does: the .NET SDK would
        // validate a header that is present, but the Agents Playground sends an unsigned dummy token that could
        // never pass, and without an app id there is no audience to validate against anyway.
        services.AddSingleton<IChannelAuthenticator>(sp =>
            sp.GetRequiredService<IOptions<BotAuthOptions>>().Value.IsLocalMode
                ? new AnonymousChannelAuthenticator()
                : ActivatorUtilities.CreateInstance<JwtChannelAuthenticator>(sp));
        services.AddSingleton<IBotTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotAuthOptions>>().Value.IsLocalMode
                ? new NoBotTokenProvider()
                : ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(sp));
    }
}

/// <summary>Says clearly at start when the bot runs without authentication.</summary>
internal sealed partial class LocalModeNotice(IOptions<BotAuthOptions> auth, ILogger<LocalModeNotice> logger) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (auth.Value.IsLocalMode)
        {
            LocalMode(logger);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "LOCAL MODE: no MicrosoftAppId is configured, so /api/messages accepts unauthenticated activities and replies carry no token. Set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.")]
    private static partial void LocalMode(ILogger logger);
}
