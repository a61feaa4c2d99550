namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary>Minimal Teams-shaped inbound activities for engine tests.</summary>
internal static class InboundActivity
{
    public static string Message(string serviceUrl, string text, string id, string conversationId = "a:c1") => $$$"""
        {"type":"message","id":"{{{id}}}","text":"{{{text}}}","channelId":"msteams","serviceUrl":"{{{serviceUrl}}}",
         "from":{"id":"29:user-1","name":"Alex"},"recipient":{"id":"28:bot-1","name":"MicroFuture"},
         "conversation":{"id":"{{{conversationId}}}","conversationType":"personal","tenantId":"t-1"}}
        """;

    public static string Invoke(string serviceUrl, string name, string id, string value = "{}") => $$$"""
        {"type":"invoke","name":"{{{name}}}","id":"{{{id}}}","channelId":"msteams","serviceUrl":"{{{serviceUrl}}}",
         "from":{"id":"29:user-1","name":"Alex"},"recipient":{"id":"28:bot-1","name":"MicroFuture"},
         "conversation":{"id":"a:c1","conversationType":"personal","tenantId":"t-1"},"replyToId":"1:1","value":{{{value}}}}
        """;
}
