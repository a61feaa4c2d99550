using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MicroFuture.BotFramework.Schema;
using Microsoft.AspNetCore.Http.Features;

namespace MicroFuture.Bot.WebChat;

/// <summary>What the Direct Line routes share: reading a bounded JSON body, the bearer token, error answers.</summary>
internal static class DirectLineRequests
{
    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? header.Parameter
            : null;

    /// <summary>
    /// The body as <typeparamref name="T"/>: <c>Value</c> is null for an empty body; <c>Error</c> is a ready
    /// 413 (larger than <paramref name="limit"/> bytes) or 400 (not JSON of that shape).
    /// </summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpContext http, JsonTypeInfo<T> type, int limit, CancellationToken cancellationToken)
        where T : class
    {
        if (http.Request.ContentLength > limit)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "TooLarge", "The body is too large."));
        }
        // Kestrel enforces the limit on chunked bodies too, as the body is read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        using var buffer = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "TooLarge", "The body is too large."));
        }
        if (buffer.Length == 0)
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type), null);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON of the expected shape."));
        }
    }

    /// <summary>The body as an activity with a type, or a ready 400/413.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpContext http, int limit)
    {
        var (activity, error) = await ReadJsonAsync(http, DirectLineJsonContext.Default.Activity, limit, http.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }
        return activity is { Type.Length: > 0 }
            ? (activity, null)
            : (null, Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity needs a type."));
    }

    /// <summary>A Direct Line / Connector error body: <c>{"error":{"code","message"}}</c>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is missing, wrong or expired.");
}
