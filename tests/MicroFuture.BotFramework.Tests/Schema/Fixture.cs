using System.Text.Json;
using System.Text.Json.Nodes;

namespace MicroFuture.BotFramework.Tests.Schema;

/// <summary>Reads the checked-in payloads of Schema/Fixtures (copied beside the test assembly).</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", name));

    public static JsonNode Node(string name) =>
        JsonNode.Parse(Text(name), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
        ?? throw new InvalidDataException(name);
}
