using System.Globalization;
using System.Net;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Storage;

/// <summary>Two bot instances (each its own host and data directory) running at once on one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MultiInstancePostgresTests(PostgresServer server) : IAsyncLifetime
{
    private const string Apology = "Sorry, something went wrong";

    private readonly List<IAsyncDisposable> _hosts = [];
    private LoopbackConnector _connector = null!;
    private HttpClient _first = null!;
    private HttpClient _second = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = await server.CreateDatabaseAsync(),
        };
        _first = StartHost(settings);
        _second = StartHost(settings);
    }

    public async Task DisposeAsync()
    {
        _first.Dispose();
        _second.Dispose();
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Welcome_GivenByFirstInstance_IsNotGivenAgainBySecond()
    {
        // Arrange: the help reply after the welcome proves the first instance's turn (and its save) finished
        await PostAsync(_first, Activities.MembersAdded(_connector.ServiceUrl, "update-1"));
        await PostAsync(_first, Activities.PersonalMessage(_connector.ServiceUrl, "help", id: "msg-on-first"));
        Assert.StartsWith("Welcome", (await _connector.NextAsync()).Activity!.Text);
        Assert.Equal("msg-on-first", (await _connector.NextAsync()).Activity!.ReplyToId);

        // Act
        await PostAsync(_second, Activities.MembersAdded(_connector.ServiceUrl, "update-2"));
        await PostAsync(_second, Activities.PersonalMessage(_connector.ServiceUrl, "help", id: "msg-on-second"));

        // Assert: turns of a conversation run in order, so a second welcome would have come before the help reply
        Assert.Equal("msg-on-second", (await _connector.NextAsync()).Activity!.ReplyToId);
    }

    [Fact]
    public async Task ConversationState_WrittenAlternatelyThroughBothInstances_KeepsEveryUpdate()
    {
        // Arrange
        var replies = new List<string?>();

        // Act
        for (var i = 0; i < 10; i++)
        {
            await PostAsync(i % 2 == 0 ? _first : _second, Activities.PersonalMessage(_connector.ServiceUrl, "tally"));
            replies.Add((await _connector.NextAsync()).Activity!.Text);
        }

        // Assert
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"tally {n}"), replies);
    }

    [Fact]
    public async Task ConversationState_WrittenConcurrentlyThroughBothInstances_NeverLosesAnAnsweredUpdate()
    {
        // Arrange
        const int perInstance = 6;

        // Act: both instances update the same conversation at once; a stale write must fail, not overwrite
        await Task.WhenAll(Enumerable.Range(0, perInstance).SelectMany(_ => new[] { _first, _second })
            .Select(client => PostAsync(client, Activities.PersonalMessage(_connector.ServiceUrl, "tally"))));
        var replies = new List<string>();
        for (var i = 0; i < 2 * perInstance; i++)
        {
            replies.Add((await _connector.NextAsync()).Activity!.Text!);
        }
        await PostAsync(_first, Activities.PersonalMessage(_connector.ServiceUrl, "tally"));
        var final = (await _connector.NextAsync()).Activity!.Text;

        // Assert: every answered tally is a distinct stored count, and the next one continues after all of them
        var counted = replies.Where(text => text.StartsWith("tally ", StringComparison.Ordinal)).ToList();
        Assert.All(replies.Except(counted), text => Assert.StartsWith(Apology, text));
        Assert.Equal(Enumerable.Range(1, counted.Count), counted.Select(text => int.Parse(text["tally ".Length..], CultureInfo.InvariantCulture)).Order());
        Assert.Equal($"tally {counted.Count + 1}", final);
    }

    private HttpClient StartHost(Dictionary<string, string?> settings)
    {
        var application = new BotApplication(settings);
        var host = application.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IBotFeature, TallyFeature>()));
        _hosts.Add(host);
        _hosts.Add(application);
        return host.CreateClient();
    }

    private static async Task PostAsync(HttpClient client, string activity)
    {
        using var response = await client.PostAsync("/api/messages", Activities.Json(activity));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>"tally" counts in the conversation's state and answers with the count, once it is stored.</summary>
    private sealed class TallyFeature(IStorage storage) : IBotFeature
    {
        public void Register(ActivityRouter router) => router.OnMessage("tally", async (turn, cancellationToken) =>
        {
            var tally = turn.State.Conversation.Get<Tally>("tally");
            tally.Count++;
            // Saved before answering, so an answer always means a stored count (a lost race answers with an apology).
            await turn.State.SaveAsync(storage, cancellationToken);
            await turn.SendActivityAsync(turn.Activity.CreateReply($"tally {tally.Count}"), cancellationToken);
        });
    }

    private sealed class Tally
    {
        public int Count { get; set; }
    }
}
