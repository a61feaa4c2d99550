using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Connector;

/// <summary>
/// Typed HTTP client of the Connector API. The bearer token and retries come from the handlers of its
/// <see cref="HttpClient"/> (see <c>BotFrameworkServiceCollectionExtensions</c>); this class checks the
/// target, builds the request and maps errors.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlTrust trust) : IConnectorClient
{
    public Task<ResourceResponse?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ServiceUrl(activity), url => ConnectorPaths.Activities(url, ConversationId(activity)), activity, Json<ResourceResponse>(), cancellationToken);

    public Task<ResourceResponse?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(activity.ReplyToId))
        {
            return SendToConversationAsync(activity, cancellationToken);
        }
        var replyToId = activity.ReplyToId;
        return SendAsync(HttpMethod.Post, ServiceUrl(activity), url => ConnectorPaths.Activity(url, ConversationId(activity), replyToId), activity, Json<ResourceResponse>(), cancellationToken);
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var id = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        return SendAsync(HttpMethod.Put, ServiceUrl(activity), url => ConnectorPaths.Activity(url, ConversationId(activity), id), activity, Json<ResourceResponse>(), cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Target(serviceUrl, url => ConnectorPaths.Activity(url, conversationId, activityId)));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations, parameters, Json<ConversationResourceResponse>(), cancellationToken);

    private async Task<TResult?> SendAsync<TBody, TResult>(HttpMethod method, string serviceUrl, Func<string, Uri> path, TBody body, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
        where TResult : class
    {
        using var request = new HttpRequestMessage(method, Target(serviceUrl, path))
        {
            // Serialised up front so the request has a Content-Length (not every channel accepts chunked bodies).
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, (JsonTypeInfo<TBody>)ProtocolJson.Options.GetTypeInfo(typeof(TBody))))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(text, resultType);
        }
        catch (JsonException)
        {
            return null; // a 2xx with an unexpected body still means the call succeeded
        }
    }

    // Trust first: an untrusted (or unparsable) service URL must fail as untrusted before any URI is built.
    private Uri Target(string serviceUrl, Func<string, Uri> path) =>
        trust.IsTrusted(serviceUrl) ? path(serviceUrl) : throw new UntrustedServiceUrlException(serviceUrl);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        string? code = null;
        var message = response.ReasonPhrase ?? string.Empty;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = error.TryGetProperty("message", out var m) ? m.GetString() ?? message : message;
            }
        }
        catch (JsonException)
        {
            // non-JSON error body: keep the reason phrase
        }
        throw new ConnectorException(response.StatusCode, code, message, RetryAfter(response.Headers.RetryAfter));
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    private static string ServiceUrl(Activity activity) =>
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));

    private static string ConversationId(Activity activity) =>
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));

    private static JsonTypeInfo<T> Json<T>() => (JsonTypeInfo<T>)ProtocolJson.Options.GetTypeInfo(typeof(T));
}
