using System.Text.Json.Nodes;
using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Tests.Hosting;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Proactive;

/// <summary>Conversations that talk to the bot become reachable proactively (through <c>/api/messages</c>, local mode).</summary>
public sealed class ConversationReferenceTests
{
    private const string Endpoint = "/api/messages";
    private static readonly ChannelAccount User = new() { Id = "29:user-1" };

    [Fact]
    public async Task PersonalMessage_FromUser_MakesTheChatReachableProactively()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, "hello", "m-1")));
        await connector.NextAsync(); // the reply: the turn has run

        var stored = Assert.Single(await bot.Services.GetRequiredService<ConversationReferenceStore>().PersonalOfUserAsync(User));
        await bot.Services.GetRequiredService<ProactiveSender>().SendAsync(stored.Reference, new Activity { Type = ActivityTypes.Message, Text = "Reminder" });
        var proactive = await connector.NextAsync();

        Assert.Equal("00000000-0000-0000-0000-000000000001", stored.TenantId);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat-1/activities", proactive.RawPath);
        Assert.Equal("Reminder", proactive.Activity?.Text);
        Assert.Null(proactive.Activity?.ReplyToId);
    }

    [Fact]
    public async Task ChannelMessage_InAThread_IsStoredAsTheChannel()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.ChannelMessage(connector.ServiceUrl, "<at>MicroFuture</at> help", "c-1")));
        await connector.NextAsync();

        var channel = await bot.Services.GetRequiredService<ConversationReferenceStore>().ConversationAsync("msteams", "19:abc@thread.tacv2");

        Assert.NotNull(channel);
        Assert.Equal(ConversationTypes.Channel, channel.ConversationType);
        Assert.Equal("19:abc@thread.tacv2", channel.ConversationId);
        Assert.Null(channel.UserId);
    }

    [Fact]
    public async Task InstallationRemove_AfterHello_MakesTheChatUnreachable()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, "hello", "m-1")));
        await connector.NextAsync();
        var remove = TeamsPayloads.InstallationAdd(connector.ServiceUrl, "i-2");
        remove["action"] = "remove";

        await client.PostAsync(Endpoint, TeamsPayloads.Json(remove));
        // An invoke runs after the conversation's earlier turns and answers inline: then the removal has been handled.
        var invoke = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Invoke(connector.ServiceUrl, "unknown/name", "v-3")));

        var store = bot.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Equal(System.Net.HttpStatusCode.NotImplemented, invoke.StatusCode);
        Assert.Empty(await store.PersonalOfUserAsync(User));
    }
}
