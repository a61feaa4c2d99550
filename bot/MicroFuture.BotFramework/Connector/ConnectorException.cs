using System.Net;

namespace MicroFuture.BotFramework.Connector;

/// <summary>A Connector call that failed: the HTTP status and the channel's error code (e.g. <c>MessageWritesBlocked</c>).</summary>
public sealed class ConnectorException(HttpStatusCode status, string? code, string message, TimeSpan? retryAfter = null)
    : Exception($"Connector call failed: {(int)status} {code}: {message}")
{
    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>Thrown before any request when the target service URL is not trusted.</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"Refusing to call untrusted service URL '{serviceUrl}'.");
