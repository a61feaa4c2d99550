using System.Security.Claims;
using System.Text.Json;
using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Dialogs;

/// <summary>
/// Runs turns like the adapter does: state loaded from <see cref="Storage"/>, the real <see cref="TurnContext"/>, a
/// buffering sender, state saved at the end (a JSON round trip per turn, so persistence bugs show).
/// </summary>
internal sealed class DialogTestClient(TurnHandler bot, IStorage? storage = null)
{
    public IStorage Storage { get; } = storage ?? new MemoryStorage();

    /// <summary>A client running <paramref name="dialog"/> as the conversation's dialog; ends are reported as text.</summary>
    public static DialogTestClient For(Dialog dialog, IStorage? storage = null) => new(async (turn, ct) =>
    {
        var result = await dialog.RunAsync(turn, "dialogs", ct);
        if (result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled)
        {
            await turn.SendTextAsync(result.Result is null ? $"[{result.Status}]" : $"[{result.Status}] {Describe(result.Result)}", ct);
        }
    }, storage);

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity inbound)
    {
        var state = await TurnState.LoadAsync(Storage, inbound, CancellationToken.None);
        var sender = new BufferedActivitySender();
        await bot(new TurnContext(inbound, new ClaimsIdentity(), sender, state), CancellationToken.None);
        await state.SaveAsync(Storage, CancellationToken.None);
        return sender.Activities;
    }

    public TestFlow Flow() => new(this);

    private static string Describe(object? result) => result switch
    {
        null => string.Empty,
        string text => text,
        _ => JsonSerializer.Serialize(result, ProtocolJson.ContentOptions),
    };
}

/// <summary>A scripted conversation: sends and expected replies, run in order by <see cref="StartTestAsync"/>.</summary>
internal sealed class TestFlow(DialogTestClient client)
{
    private readonly List<Func<Queue<Activity>, Task>> _steps = [];
    private int _sent;

    public TestFlow Send(string text) => SendActivity(() => Message(text));

    /// <summary>A card button click: a message whose value is <paramref name="json"/> and which has no text.</summary>
    public TestFlow SendValue(string json) => SendActivity(() =>
    {
        var activity = Message(null);
        activity.Value = JsonDocument.Parse(json).RootElement.Clone();
        return activity;
    });

    public TestFlow AssertReply(string text) => AssertReply(activity => Assert.Equal(text, activity.Text));

    public TestFlow AssertReply(Action<Activity> check) => Then(replies =>
    {
        Assert.True(replies.Count > 0, "Expected a reply, but the bot sent nothing more.");
        check(replies.Dequeue());
    });

    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(activity => Assert.Contains(fragment, activity.Text ?? string.Empty, StringComparison.Ordinal));

    public TestFlow AssertNoReply() => Then(replies =>
        Assert.True(replies.Count == 0, $"Expected no more replies, got: {string.Join(" | ", replies.Select(r => r.Text))}"));

    public async Task StartTestAsync()
    {
        var replies = new Queue<Activity>();
        foreach (var step in _steps)
        {
            await step(replies);
        }
    }

    private TestFlow SendActivity(Func<Activity> create)
    {
        _steps.Add(async replies =>
        {
            Assert.True(replies.Count == 0, $"Unchecked replies before the next message: {string.Join(" | ", replies.Select(r => r.Text))}");
            foreach (var reply in await client.SendAsync(create()))
            {
                replies.Enqueue(reply);
            }
        });
        return this;
    }

    private TestFlow Then(Action<Queue<Activity>> check)
    {
        _steps.Add(replies =>
        {
            check(replies);
            return Task.CompletedTask;
        });
        return this;
    }

    private Activity Message(string? text)
    {
        var activity = Turns.Turn.Message(text);
        activity.Id = $"in-{++_sent}";
        return activity;
    }
}

/// <summary>Reading the Adaptive Card a prompt sent.</summary>
internal static class Cards
{
    /// <summary>The (title, submitted value) of each Action.Submit of the activity's only card, which must be valid Adaptive Cards 1.5.</summary>
    public static IReadOnlyList<(string Title, string Value)> Buttons(Activity activity)
    {
        var card = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Equal("1.5", card.Content!.Value.GetProperty("version").GetString());
        Assert.Empty(AdaptiveCardValidator.Default.Validate(card.Content.Value)); // every prompt card a test reads is valid 1.5
        return [.. card.Content.Value.GetProperty("actions").EnumerateArray().Select(action =>
        {
            Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
            return (action.GetProperty("title").GetString()!, action.GetProperty("data").GetProperty("choice").GetString()!);
        })];
    }
}
