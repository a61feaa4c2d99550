using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MicroFuture.BotFramework.Auth;

/// <summary>
/// One issuer's OpenID metadata and signing keys, cached and refreshed by <see cref="ConfigurationManager{T}"/>
/// (automatic refresh about every 12 h), plus a forced reload when a token names a key we do not know yet.
/// </summary>
internal sealed class SigningKeyMetadata(string metadataUrl, IDocumentRetriever retriever, TimeProvider time)
{
    /// <summary>How often an unknown key id may force a download (a flood of made-up kids costs one fetch per window).</summary>
    public static readonly TimeSpan MinimumForcedRefresh = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile ConfigurationManager<OpenIdConnectConfiguration> _manager = Create(metadataUrl, retriever);
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Metadata newer than <paramref name="current"/> (a key may have rotated), or null when none can be had now
    /// (refreshed too recently, or the download failed).
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration current, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var latest = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(latest, current))
            {
                return latest; // another request refreshed meanwhile
            }
            var now = time.GetUtcNow();
            if (now - _lastForcedRefresh < MinimumForcedRefresh)
            {
                return null;
            }
            _lastForcedRefresh = now;
            // ConfigurationManager.RequestRefresh reloads in the background (the caller would still see the old
            // keys), so a new manager is started instead: its first load is awaited, then it serves everyone.
            var manager = Create(metadataUrl, retriever);
            var fresh = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            _manager = manager;
            return fresh;
        }
        catch (InvalidOperationException)
        {
            return null; // metadata unreachable: keep the cached keys, the token stays rejected
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, IDocumentRetriever retriever) =>
        new(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
}
