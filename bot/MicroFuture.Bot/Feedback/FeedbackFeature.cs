using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Schedule;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Feedback;

/// <summary>
/// Stores the thumbs-up/down Teams sends for answers (<c>message/submitAction</c>, answered 200 <c>{}</c> inline as
/// Teams requires), and the coordinators' <c>feedback</c> command summarising it.
/// </summary>
public sealed class FeedbackFeature(FeedbackStore store, ProjectDirectory directory, TimeProvider time) : IBotFeature
{
    public const string SubmitActionInvoke = "message/submitAction";
    public const string Refusal = "Only the project coordinators can see the answers' feedback.";
    private const int LatestComments = 5;

    public void Register(ActivityRouter router)
    {
        router
            .OnInvoke(SubmitActionInvoke, OnSubmitActionAsync)
            .OnMessage("feedback", SummariseAsync);
    }

    private async Task OnSubmitActionAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (Read(turn.Activity) is not { } entry)
        {
            return; // another submit action than feedback: unanswered, so 501 as for any unknown invoke
        }
        await store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        turn.InvokeResponse = new InvokeResponse(200, new JsonObject()); // a non-empty body is an error for Teams
    }

    private FeedbackEntry? Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback"
            || !value.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var reaction = action.TryGetProperty("reaction", out var r) && r.GetString() is FeedbackReaction.Like or FeedbackReaction.Dislike ? r.GetString()! : "unknown";
        var comment = action.TryGetProperty("feedback", out var f) && f.ValueKind == JsonValueKind.String ? CommentOf(f.GetString()!) : null;
        return new FeedbackEntry(activity.ReplyToId ?? "", activity.From?.AadObjectId ?? activity.From?.Id ?? "", activity.From?.Name, reaction, comment, time.GetUtcNow());
    }

    // Teams sends the default form as the JSON string {"feedbackText":"..."}; a custom form's JSON is kept whole.
    private static string? CommentOf(string feedback)
    {
        try
        {
            using var json = JsonDocument.Parse(feedback);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("feedbackText", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return string.IsNullOrWhiteSpace(text.GetString()) ? null : text.GetString()!.Trim();
            }
        }
        catch (JsonException)
        {
            // not JSON: the text itself is the comment
        }
        return string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
    }

    private async Task SummariseAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!directory.IsCoordinator(turn.Activity.From))
        {
            await turn.SendTextAsync(Refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        var summary = await store.SummariseAsync(LatestComments, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder($"Feedback on answers: {summary.Likes} 👍, {summary.Dislikes} 👎.");
        if (summary.LatestComments.Count > 0)
        {
            text.Append("\n\nLatest comments:");
            foreach (var entry in summary.LatestComments)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\n- {entry.Timestamp:yyyy-MM-dd HH:mm} UTC, {entry.UserName ?? entry.UserId} ({entry.Reaction}): {entry.Comment}");
            }
        }
        await turn.SendMarkdownAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
    }
}
