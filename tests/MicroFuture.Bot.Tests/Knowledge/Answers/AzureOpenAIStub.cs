using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Tests.EndToEnd;
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

    public void Answers(string content) => Respond(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$$"""
        {"id":"chatcmpl-1","object":"chat.completion","created":1764201600,"model":"gpt-4o",
         "choices":[{"index":0,"message":{"role":"assistant","content":{{{System.Text.Json.JsonSerializer.Serialize(content)}}}},"finish_reason":"stop"}],
         "usage":{"prompt_tokens":100,"completion_tokens":20,"total_tokens":120}}
        """));

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
