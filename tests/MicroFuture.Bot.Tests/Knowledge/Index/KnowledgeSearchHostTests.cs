using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>The index as the bot host registers it.</summary>
public sealed class KnowledgeSearchHostTests
{
    [Fact]
    public async Task BotHost_KnowledgeSearch_IsTheIndexAndAnswersOnceStarted()
    {
        // Arrange: full text only, so this host test needs no model.
        await using var application = new BotApplication(new Dictionary<string, string?> { ["Knowledge:Index:Embeddings"] = "false" });
        _ = application.Server;
        var search = application.Services.GetRequiredService<IKnowledgeSearch>();

        // Act
        var result = await search.SearchAsync("what is the policy change clinic?", 3).WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        Assert.Same(application.Services.GetRequiredService<KnowledgeIndex>(), search);
        Assert.Contains(result.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
        Assert.True(Directory.Exists(Path.Combine(application.DataDirectory, IndexCache.FolderName, result.KnowledgeVersion)));
    }
}
