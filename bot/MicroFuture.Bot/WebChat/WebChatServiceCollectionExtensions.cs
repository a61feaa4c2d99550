using MicroFuture.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.WebChat;

/// <summary>Registers the built-in Direct Line endpoint and the Web Chat page (section <c>DirectLine</c>).</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName));
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineServiceUrl>();
        services.AddSingleton<DirectLineChannel>();
        return services;
    }

    /// <summary>Maps the page, the client routes and the bot-facing Connector routes, when enabled.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var auth = services.GetRequiredService<IOptions<BotAuthOptions>>().Value;
        if (!options.IsEnabled(auth))
        {
            if (options.Enabled != false)
            {
                WebChatLog.OffWithoutSecret(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebChatPage)));
            }
            return endpoints;
        }
        WebChatPage.Map(endpoints);
        DirectLineClientEndpoints.Map(endpoints);
        DirectLineConnectorEndpoints.Map(endpoints);
        return endpoints;
    }
}

internal static partial class WebChatLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Web Chat and Direct Line are off: a MicrosoftAppId is configured but no DirectLine:Secret. Set DirectLine__Secret to serve them.")]
    public static partial void OffWithoutSecret(ILogger logger);
}
