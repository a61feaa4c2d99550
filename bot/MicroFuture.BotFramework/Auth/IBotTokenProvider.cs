namespace MicroFuture.BotFramework.Auth;

/// <summary>The bearer token the bot sends with its Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in local mode (calls then carry no Authorization header).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local mode: no token.</summary>
public sealed class NoBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
