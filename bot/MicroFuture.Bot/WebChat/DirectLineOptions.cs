using MicroFuture.BotFramework.Auth;

namespace MicroFuture.Bot.WebChat;

/// <summary>The built-in Direct Line endpoint and Web Chat page: section <c>DirectLine</c> of the configuration.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Null = automatic: on in local mode, and with an app id only when <see cref="Secret"/> is set.
    /// False turns it off; true cannot turn it on for a registered bot without a secret.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>When set, starting a conversation needs <c>Authorization: Bearer &lt;secret&gt;</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>Conversations kept in memory; the least recently used one is dropped to make room.</summary>
    public int MaxConversations { get; set; } = 500;

    /// <summary>Activities kept per conversation; older ones are dropped (clients have already polled them).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>A conversation nobody polled or posted to for this long is forgotten.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a conversation token is valid; clients refresh it (DirectLineJS every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether the endpoint and the page are served with this configuration.</summary>
    public bool IsEnabled(BotAuthOptions auth) =>
        Enabled != false && (auth.IsLocalMode || !string.IsNullOrEmpty(Secret));
}
