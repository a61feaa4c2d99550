using System.Net.Http.Headers;
using System.Text.Json;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>
/// The one HTTP entry of the bot (<c>POST /api/messages</c>). It owns every status code: 415 not JSON,
/// 413 too large, 400 unreadable or no <c>type</c>, 401 auth failed, invoke answered inline (501 if unhandled),
/// 503 when the turn queue is full, 202 for everything else once accepted.
/// </summary>
public sealed class BotHttpAdapter(
    IChannelAuthenticator authenticator,
    ServiceUrlTrust serviceUrlTrust,
    ActivityDeduplicator deduplicator,
    TurnQueue queue,
    ConnectorActivitySender connectorSender,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotHttpAdapter> logger)
{
    public async Task ProcessAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var response = http.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (!IsJson(request.ContentType))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        var body = await ReadBodyAsync(request, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var activity = Parse(body);
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            BotHttpAdapterLog.BadActivity(logger);
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        System.Security.Claims.ClaimsIdentity identity;
        try
        {
            identity = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (BotAuthenticationException exception)
        {
            BotHttpAdapterLog.Unauthorized(logger, exception.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Signing keys could not be fetched: our fault, not the caller's. 503 makes the channel retry later.
            BotHttpAdapterLog.AuthUnavailable(logger, exception);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "5";
            return;
        }
        if (identity.IsAuthenticated && activity.ServiceUrl is not null)
        {
            serviceUrlTrust.Trust(activity.ServiceUrl);
        }
        activity.CallerId = null; // never trusted from the wire (spec A2250)

        if (!deduplicator.TryRegister(activity))
        {
            BotHttpAdapterLog.Duplicate(logger, activity.Id);
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var turn = await queue.RunInOrderAsync(activity, identity, connectorSender, cancellationToken).ConfigureAwait(false);
            await WriteInvokeResponseAsync(response, turn, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            var buffer = new BufferedActivitySender();
            var turn = await queue.RunInOrderAsync(activity, identity, buffer, cancellationToken).ConfigureAwait(false);
            // A failed turn has usually buffered its apology: that is the user's answer, so it is still a 200.
            response.StatusCode = turn is null && buffer.Activities.Count == 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
            await response.WriteAsJsonAsync(new ExpectedReplies { Activities = [.. buffer.Activities] }, ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!queue.TryEnqueue(activity, identity))
        {
            deduplicator.Forget(activity); // 503 asks the channel to redeliver; that redelivery must not look like a duplicate
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "1";
            return;
        }
        response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task WriteInvokeResponseAsync(HttpResponse response, Turns.TurnContext? turn, CancellationToken cancellationToken)
    {
        if (turn is null)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        if (turn.InvokeResponse is not { } invoke)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }
        response.StatusCode = invoke.Status;
        if (invoke.Body is not null)
        {
            await response.WriteAsJsonAsync(invoke.Body, invoke.Body.GetType(), ProtocolJson.ContentOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Activity? Parse(byte[] body)
    {
        // Some clients prefix UTF-8 JSON with a byte order mark, which the span reader does not skip.
        var json = body.AsSpan();
        if (json.StartsWith(Utf8ByteOrderMark))
        {
            json = json[Utf8ByteOrderMark.Length..];
        }
        try
        {
            return JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Activity>)ProtocolJson.Options.GetTypeInfo(typeof(Activity)));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal static partial class BotHttpAdapterLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Rejected an unreadable activity (bad JSON or no type)")]
    public static partial void BadActivity(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Rejected an activity: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Could not validate an inbound token: signing keys unavailable")]
    public static partial void AuthUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Dropped redelivered activity {ActivityId}")]
    public static partial void Duplicate(ILogger logger, string? activityId);
}
