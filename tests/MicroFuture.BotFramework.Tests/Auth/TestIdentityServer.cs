using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using MicroFuture.BotFramework.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroFuture.BotFramework.Tests.Auth;

/// <summary>One client-credentials request the token endpoint received.</summary>
public sealed record TokenRequest(string Path, IReadOnlyDictionary<string, string> Form);

/// <summary>One call the bot made to the Connector part of the server.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization);

/// <summary>
/// A loopback https server standing in for login.botframework.com (OpenID metadata + JWKS with endorsements),
/// Entra (metadata, keys and the client-credentials token endpoint) and the Bot Connector (under /connector/).
/// </summary>
public sealed class TestIdentityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Dictionary<string, object>> _channelKeys = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object>> _entraKeys = new();
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly Channel<ConnectorCall> _connectorCalls = Channel.CreateUnbounded<ConnectorCall>();
    private int _tokens;
    private int _channelKeyDownloads;

    private TestIdentityServer(WebApplication app, TestCertificate certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public TestCertificate Certificate { get; }

    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => $"{BaseUrl}/channel/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    /// <summary>Login URL in the shape of the real one (authority + default tenant).</summary>
    public string LoginUrl => $"{BaseUrl}/botframework.com";

    public string ConnectorServiceUrl => $"{BaseUrl}/connector/";

    /// <summary>expires_in of the tokens the token endpoint issues.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    public IReadOnlyCollection<TokenRequest> TokenRequests => _tokenRequests;

    /// <summary>How often the Bot Connector JWKS was downloaded.</summary>
    public int ChannelKeyDownloads => Volatile.Read(ref _channelKeyDownloads);

    public static async Task<TestIdentityServer> StartAsync()
    {
        var certificate = TestCertificate.CreateForLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate.Certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestIdentityServer(app, certificate);
        server.Map(app);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Publishes a Bot Connector signing key (endorsements null = the member is absent).</summary>
    public void PublishChannelKey(TestSigningKey key, params string[]? endorsements) => _channelKeys[key.KeyId] = key.ToJwk(endorsements);

    public void PublishEntraKey(TestSigningKey key) => _entraKeys[key.KeyId] = key.ToJwk(null);

    /// <summary>An <see cref="IHttpClientFactory"/> whose <see cref="BotAuthHttp.ClientName"/> client trusts this server.</summary>
    public IHttpClientFactory CreateHttpClientFactory()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(BotAuthHttp.ClientName).ConfigurePrimaryHttpMessageHandler(Certificate.CreateTrustingHandler);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }

    /// <summary>The next Connector call, or a failure after 10 s.</summary>
    public async Task<ConnectorCall> NextConnectorCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _connectorCalls.Reader.ReadAsync(timeout.Token);
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/channel/.well-known/openidconfiguration", () => Results.Json(Metadata("https://api.botframework.com", "/channel/keys")));
        app.MapGet("/channel/keys", () =>
        {
            Interlocked.Increment(ref _channelKeyDownloads);
            return Results.Json(new { keys = _channelKeys.Values.ToArray() });
        });
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "/entra/keys")));
        app.MapGet("/entra/keys", () => Results.Json(new { keys = _entraKeys.Values.ToArray() }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            _tokenRequests.Enqueue(new TokenRequest(http.Request.Path.Value ?? "", form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString())));
            return Results.Json(new { token_type = "Bearer", expires_in = TokenLifetimeSeconds, access_token = $"access-token-{Interlocked.Increment(ref _tokens)}" });
        });
        app.Map("/connector/{**rest}", (HttpContext http) =>
        {
            _connectorCalls.Writer.TryWrite(new ConnectorCall(http.Request.Method, http.Request.Path.Value ?? "", http.Request.Headers.Authorization.ToString()));
            return Results.Json(new { id = "reply-1" }, statusCode: StatusCodes.Status201Created);
        });
    }

    private Dictionary<string, object> Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = $"{BaseUrl}/authorize",
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
