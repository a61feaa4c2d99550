using System.Text.Json;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Knowledge.Answers;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>A local HTTP stub of the Azure OpenAI chat completions route of one deployment, on 127.0.0.1.</summary>
internal sealed class AzureOpenAIStub : IDisposable
{
    public const string Deployment = "gpt-test";
    public const string Key = "test-key";
    public const string Path = "/openai/deployments/" + Deployment + "/chat/completions";

    private const string StreamRequest = "\"stream\"\\s*:\\s*true";

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{LoopbackPort.GetFree()}"] });

    public string Endpoint => _server.Urls[0];

    public AzureOpenAIOptions Options(TimeSpan? timeout = null) => new()
    {
        Endpoint = Endpoint,
        Deployment = Deployment,
        ApiKey = Key,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    /// <summary>The bodies of the chat completion requests received.</summary>
    public IReadOnlyList<string> Requests => _server.LogEntries.Where(e => e.RequestMessage.Path == Path).Select(e => e.RequestMessage.Body ?? "").ToList();

    /// <summary>The api-key headers of the requests received.</summary>
    public IReadOnlyList<string> ApiKeys => _server.LogEntries
        .Select(e => e.RequestMessage.Headers is { } headers && headers.TryGetValue("api-key", out var key) ? key.FirstOrDefault() ?? "" : "")
        .ToList();

    /// <summary>
    /// Answers <paramref name="content"/>: as one JSON completion, or, to a streaming request, as server-sent events
    /// with one chunk per word (see <see cref="Pieces"/>) and then <c>data: [DONE]</c>.
    /// </summary>
    public void Answers(string content)
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost().WithBody(new RegexMatcher(MatchBehaviour.RejectOnMatch, StreamRequest)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$$"""
                {"id":"chatcmpl-1","object":"chat.completion","created":1764201600,"model":"gpt-4o",
                 "choices":[{"index":0,"message":{"role":"assistant","content":{{{JsonSerializer.Serialize(content)}}}},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":100,"completion_tokens":20,"total_tokens":120}}
                """));
        _server.Given(Request.Create().WithPath(Path).UsingPost().WithBody(new RegexMatcher(StreamRequest)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/event-stream").WithBody(EventStream(content)));
    }

    /// <summary>The pieces a streamed answer arrives in: each word with the space before it.</summary>
    public static IReadOnlyList<string> Pieces(string content) => Regex.Matches(content, @"\s*\S+").Select(m => m.Value).ToList();

    /// <summary>Whether a request body asked for a streamed answer.</summary>
    public static bool IsStreamRequest(string body) => Regex.IsMatch(body, StreamRequest);

    // A role-only first chunk and a finish chunk around the content chunks, as the service sends them.
    private static string EventStream(string content)
    {
        var chunks = new List<string> { Chunk("""{"role":"assistant","content":""}""", "null") };
        chunks.AddRange(Pieces(content).Select(piece => Chunk($$"""{"content":{{JsonSerializer.Serialize(piece)}}}""", "null")));
        chunks.Add(Chunk("{}", "\"stop\""));
        return string.Concat(chunks.Select(chunk => $"data: {chunk}\n\n")) + "data: [DONE]\n\n";

        static string Chunk(string delta, string finishReason) =>
            $$"""{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764201600,"model":"gpt-4o","choices":[{"index":0,"delta":{{delta}},"finish_reason":{{finishReason}}}]}""";
    }

    public void AnswersAfter(TimeSpan delay) => Respond(Response.Create().WithStatusCode(200).WithDelay(delay).WithHeader("Content-Type", "application/json").WithBody("{}"));

    public void Throttles() => Respond(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "30").WithHeader("Content-Type", "application/json")
        .WithBody("""{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation have exceeded the call rate limit."}}"""));

    public void FiltersContent() => Respond(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""
        {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.","type":null,"param":"prompt","code":"content_filter","status":400,
         "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{"hate":{"filtered":true,"severity":"high"}}}}}
        """));

    /// <summary>Forgets the responses set so far.</summary>
    public void Reset() => _server.ResetMappings();

    private void Respond(IResponseBuilder response) => _server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(response);

    public void Dispose() => _server.Stop();
}
