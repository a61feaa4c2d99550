using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>
/// The index with Azure OpenAI embeddings configured, over real HTTP against a loopback stand-in of the
/// embeddings route (vectors: hashed bags of words, so related texts get similar vectors).
/// </summary>
public sealed class AzureOpenAIEmbeddingTests : IAsyncLifetime
{
    private const string Deployment = "embed-small";
    private const string Key = "test-key";
    private const int Dimensions = 64;

    private readonly ConcurrentQueue<(string Path, string? ApiKey)> requests = new();
    private WebApplication stub = null!;
    private string endpoint = "";
    private volatile bool failing;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        stub = builder.Build();
        stub.Run(HandleAsync);
        await stub.StartAsync();
        endpoint = stub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    [Fact]
    public async Task BotHost_AzureEmbeddingsConfigured_IndexUsesThemAndFallsBackToFullTextWhenTheyFail()
    {
        // Arrange
        await using var application = new BotApplication(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = endpoint,
            ["AzureOpenAI:EmbeddingDeployment"] = Deployment,
            ["AzureOpenAI:ApiKey"] = Key,
        });
        _ = application.Server;
        var index = application.Services.GetRequiredService<KnowledgeIndex>();
        var dense = new TaskCompletionSource<KnowledgeIndexBuilt>(TaskCreationOptions.RunContinuationsAsynchronously);
        index.Rebuilt += built =>
        {
            if (built.Dense)
            {
                dense.TrySetResult(built);
            }
        };
        var search = application.Services.GetRequiredService<IKnowledgeSearch>();

        // Act: subscribed first, so a build that ended before is in LastBuild and a later one raises the event.
        var built = index.LastBuild is { Dense: true } last ? last : await dense.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var answered = await search.SearchAsync("what is the policy change clinic?", 3);
        failing = true;
        var degraded = await search.SearchAsync("what is the policy change clinic?", 3);

        // Assert
        Assert.Equal(built.Sections, built.EncodedSections);
        Assert.All(requests, request => Assert.Equal(($"/openai/deployments/{Deployment}/embeddings", Key), request));
        Assert.Contains(answered.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
        Assert.All(answered.Hits, hit => Assert.NotNull(hit.Similarity));
        Assert.Contains(degraded.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
        Assert.All(degraded.Hits, hit => Assert.Null(hit.Similarity));
    }

    public async Task DisposeAsync() => await stub.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers["api-key"].FirstOrDefault()));
        if (failing)
        {
            // Not retried by the client: the failure reaches the index at once.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "401", message = "Access denied due to invalid subscription key." } });
            return;
        }
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var inputs = body!["input"] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((input, i) => new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = i,
            ["embedding"] = base64 ? JsonValue.Create(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Vector(input).AsSpan()))) : new JsonArray([.. Vector(input).Select(v => (JsonNode?)v)]),
        });
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. data]),
            ["model"] = Deployment,
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(JsonSerializerOptions.Default));
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split(' ', '\n', '?', '.', ',', '>', ':', '(', ')'))
        {
            if (word.Length > 3)
            {
                vector[(int)((uint)StringComparer.Ordinal.GetHashCode(word) % Dimensions)] += 1;
            }
        }
        return vector;
    }
}
