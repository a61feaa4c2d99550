namespace MicroFuture.BotFramework.Tests.Auth;

/// <summary>One identity server per test class, with a fresh RSA key set.</summary>
public sealed class AuthServerFixture : IAsyncLifetime
{
    public TestIdentityServer Server { get; private set; } = null!;

    /// <summary>Bot Connector key endorsed for msteams.</summary>
    public TestSigningKey ChannelKey { get; } = new();

    /// <summary>Bot Connector key published without an <c>endorsements</c> member.</summary>
    public TestSigningKey UnendorsedKey { get; } = new();

    /// <summary>Key of the Entra metadata.</summary>
    public TestSigningKey EntraKey { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await TestIdentityServer.StartAsync();
        Server.PublishChannelKey(ChannelKey, "msteams");
        Server.PublishChannelKey(UnendorsedKey, null);
        Server.PublishEntraKey(EntraKey);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        ChannelKey.Dispose();
        UnendorsedKey.Dispose();
        EntraKey.Dispose();
    }
}
