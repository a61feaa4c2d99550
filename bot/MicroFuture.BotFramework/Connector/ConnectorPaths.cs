namespace MicroFuture.BotFramework.Connector;

/// <summary>Connector REST API paths (v3); every id is escaped, as Teams ids hold ':', '@', ';' and '='.</summary>
public static class ConnectorPaths
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    // Teams service URLs end with '/', the Playground's do not: join either way.
    private static Uri Build(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}
