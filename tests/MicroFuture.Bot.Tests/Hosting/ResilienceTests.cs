using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Hosting;

/// <summary>A failing bot or hostile input never takes the endpoint down.</summary>
public sealed class ResilienceTests
{
    private const string Endpoint = "/api/messages";

    /// <summary>A test-only feature whose handler throws on "boom".</summary>
    private sealed class ThrowingFeature : IBotFeature
    {
        public void Register(ActivityRouter router) =>
            router.OnMessage("boom", (_, _) => throw new InvalidOperationException("handler failed"));
    }

    [Fact]
    public async Task ThrowingHandler_UserGetsAnApologyAndTheBotKeepsServing()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApplication();
        await using var bot = app.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IBotFeature, ThrowingFeature>()));
        using var client = bot.CreateClient();

        // Act
        var failed = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "boom", id: "boom-1")));
        var apology = (await connector.NextAsync()).Activity!;
        var next = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "help-1")));
        var help = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, failed.StatusCode);
        Assert.Equal("boom-1", apology.ReplyToId);
        Assert.Contains("Sorry", apology.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, next.StatusCode);
        Assert.Equal("help-1", help.ReplyToId);
        Assert.NotNull(help.Attachments);
    }

    [Fact]
    public async Task Fuzz_GarbageAndMutatedBodies_NeverA5xxAndHelpStillAnswers()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var random = new Random(20261127);
        string[] seeds =
        [
            Activities.PersonalMessage(connector.ServiceUrl, "help", id: "seed-1"),
            TeamsPayloads.ChannelMessage(connector.ServiceUrl, "<at>MicroFuture</at> help", "seed-2").ToJsonString(),
            TeamsPayloads.MembersAdded(connector.ServiceUrl, "seed-3").ToJsonString(),
            TeamsPayloads.InstallationAdd(connector.ServiceUrl, "seed-4").ToJsonString(),
            TeamsPayloads.Invoke(connector.ServiceUrl, "message/submitAction", "seed-5").ToJsonString(),
        ];
        var failures = new List<string>();
        var statuses = new List<int>();

        // Act
        for (var i = 0; i < 200; i++)
        {
            var body = Mutate(random, seeds[random.Next(seeds.Length)], i);
            var response = await client.PostAsync(Endpoint, new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } });
            var status = (int)response.StatusCode;
            statuses.Add(status);
            // 501 is the protocol's answer to an invoke no handler takes, not a failure.
            if (status >= 500 && status != 501)
            {
                failures.Add($"#{i} -> {status}: {Encoding.UTF8.GetString(body)}");
            }
        }
        var help = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "after-fuzz", conversationId: "a:after-fuzz")));
        var reply = await connector.NextActivityAsync(sent => sent.ReplyToId == "after-fuzz");

        // Assert
        Assert.Empty(failures);
        Assert.Contains(400, statuses); // the fuzz reached the parser's rejections...
        Assert.Contains(202, statuses); // ...and turns that ran
        Assert.Equal(HttpStatusCode.Accepted, help.StatusCode);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(reply.Attachments!).ContentType);
    }

    [Fact]
    public async Task EveryFieldMissingOrEmptied_NeverA5xx()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        JsonObject[] seeds =
        [
            TeamsPayloads.Personal(connector.ServiceUrl, "help", "seed-1"),
            TeamsPayloads.ChannelMessage(connector.ServiceUrl, "<at>MicroFuture</at> help", "seed-2"),
            TeamsPayloads.MembersAdded(connector.ServiceUrl, "seed-3"),
            TeamsPayloads.InstallationAdd(connector.ServiceUrl, "seed-4"),
            TeamsPayloads.Invoke(connector.ServiceUrl, "message/submitAction", "seed-5"),
        ];
        var failures = new List<string>();

        // Act
        foreach (var activity in seeds.SelectMany(FieldVariants))
        {
            var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(activity));
            if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
            {
                failures.Add($"{(int)response.StatusCode}: {activity.ToJsonString()}");
            }
        }

        // Assert
        Assert.Empty(failures);
    }

    /// <summary>
    /// The seed with each top-level field in turn removed, or set to null, "", {}, [] or 0. Each variant first gets
    /// its own id, so none is dropped as a redelivery (unless the id itself is the field varied).
    /// </summary>
    private static IEnumerable<JsonObject> FieldVariants(JsonObject seed)
    {
        var variant = 0;
        JsonObject Fresh()
        {
            var copy = seed.DeepClone().AsObject();
            copy["id"] = $"{seed["id"]}-variant-{variant++}";
            return copy;
        }
        foreach (var field in seed.Select(p => p.Key).ToList())
        {
            var removed = Fresh();
            removed.Remove(field);
            yield return removed;
            foreach (var replacement in new JsonNode?[] { null, "", new JsonObject(), new JsonArray(), 0 })
            {
                var changed = Fresh();
                changed[field] = replacement;
                yield return changed;
            }
        }
    }

    // Byte-level damage and JSON-aware swaps; every fifth body is pure random bytes.
    private static byte[] Mutate(Random random, string seed, int round)
    {
        if (round % 5 == 4)
        {
            var noise = new byte[random.Next(0, 300)];
            random.NextBytes(noise);
            return noise;
        }
        var text = seed.Replace("\"id\":\"seed-", $"\"id\":\"fuzz-{round}-", StringComparison.Ordinal);
        string[] swaps = ["\"help\"", "5", "null", "[]", "{}", "\"\"", "true", "-1e309", "\"\\ud800\"", "\"2026-13-45T99:99:99Z\"", "{\"a\":{\"b\":{\"c\":[[[[[]]]]]}}}"];
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveAt(random.Next(bytes.Count));
                    break;
                case 1:
                    bytes.Insert(random.Next(bytes.Count), (byte)random.Next(256));
                    break;
                case 2:
                    const string structural = "{}[]\":,\\0a-";
                    bytes[random.Next(bytes.Count)] = (byte)structural[random.Next(structural.Length)];
                    break;
                case 3:
                    bytes = bytes.Take(random.Next(bytes.Count + 1)).ToList();
                    break;
                default:
                    // Replace the value after a random ':' with a value of another type.
                    var current = Encoding.UTF8.GetString([.. bytes]);
                    var colon = current.IndexOf(':', random.Next(current.Length));
                    if (colon < 0)
                    {
                        break;
                    }
                    var end = current.IndexOfAny([',', '}'], colon + 1);
                    end = end < 0 ? current.Length : end;
                    bytes = Encoding.UTF8.GetBytes(current[..(colon + 1)] + swaps[random.Next(swaps.Length)] + current[end..]).ToList();
                    break;
            }
        }
        return [.. bytes];
    }
}
