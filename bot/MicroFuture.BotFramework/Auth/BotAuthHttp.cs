using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;

namespace MicroFuture.BotFramework.Auth;

/// <summary>The named <see cref="HttpClient"/> used for OpenID metadata, signing keys and outbound tokens.</summary>
public static class BotAuthHttp
{
    /// <summary>
    /// Name of the client. Hosts (and tests) may configure it, e.g. a proxy; its TLS validation stays the platform's.
    /// </summary>
    public const string ClientName = "BotAuth";
}

/// <summary>
/// Fetches OpenID metadata and key sets through <see cref="IHttpClientFactory"/> (so handlers rotate and tests can
/// inject theirs) while keeping the library's https-only rule.
/// </summary>
internal sealed class FactoryDocumentRetriever(IHttpClientFactory clients) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(clients.CreateClient(BotAuthHttp.ClientName)) { RequireHttps = true }.GetDocumentAsync(address, cancel);
}

/// <summary>Hands MSAL the factory's client, so the token endpoint is reached like the metadata.</summary>
internal sealed class FactoryMsalHttpClient(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => clients.CreateClient(BotAuthHttp.ClientName);
}
