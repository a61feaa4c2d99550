using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Tests.Schedule.Delivery;
using MicroFuture.BotFramework;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Tests.Proactive;

public sealed class ServiceUrlTrustRestorerTests
{
    [Fact]
    public async Task Start_AfterRestart_TrustsOnlyServiceUrlsSavedFromAuthenticatedActivities()
    {
        await using var harness = new DeliveryHarness(new ScriptedConnector());
        await SaveAsync(harness, "a:from-teams", "https://smba.example.test/emea/", authenticated: true);
        await SaveAsync(harness, "a:from-local", "https://forged.example.test/", authenticated: false);
        var trust = new ServiceUrlTrust(Options.Create(new BotFrameworkOptions()), Options.Create(new BotAuthOptions { MicrosoftAppId = "app-id" }));

        await new ServiceUrlTrustRestorer(harness.References, trust, NullLogger<ServiceUrlTrustRestorer>.Instance).StartAsync(CancellationToken.None);

        Assert.True(trust.IsTrusted("https://smba.example.test/emea/"));
        Assert.False(trust.IsTrusted("https://forged.example.test/"));
    }

    private static Task SaveAsync(DeliveryHarness harness, string conversationId, string serviceUrl, bool authenticated) =>
        harness.References.SaveAsync(new StoredConversation(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal },
        }, ConversationTypes.Personal, "29:" + conversationId, null, "tenant-1", authenticated), harness.Time.GetUtcNow());
}
