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
        if (!options.IsEnabled(services.GetRequiredService<IOptions<BotAuthOptions>>().Value))
        {
            return endpoints;
        }
        WebChatPage.Map(endpoints);
        DirectLineClientEndpoints.Map(endpoints);
        DirectLineConnectorEndpoints.Map(endpoints);
        return endpoints;
    }
}
