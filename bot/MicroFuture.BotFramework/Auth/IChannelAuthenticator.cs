using System.Security.Claims;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Auth;

/// <summary>Thrown when an inbound request fails authentication; the adapter answers 401.</summary>
public sealed class BotAuthenticationException(string reason) : Exception(reason);

/// <summary>Authenticates an inbound activity from its <c>Authorization</c> header.</summary>
public interface IChannelAuthenticator
{
    /// <summary>
    /// The caller's identity. Throws <see cref="BotAuthenticationException"/> when the request is not
    /// acceptable. <see cref="ClaimsIdentity.IsAuthenticated"/> is false for an anonymous (local-mode) caller.
    /// </summary>
    Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Local mode (no app id): every caller is anonymous and accepted.</summary>
public sealed class AnonymousChannelAuthenticator : IChannelAuthenticator
{
    public Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ClaimsIdentity());
}
