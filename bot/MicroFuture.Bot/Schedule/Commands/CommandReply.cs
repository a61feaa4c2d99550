using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>Answers a command: a markdown reply, and for an invoke also its inline response (Teams shows it).</summary>
public static class CommandReply
{
    public static async Task SendAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            // An Action.Execute is answered inline; the message reply keeps a record in the conversation.
            turn.InvokeResponse = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = text,
            });
        }
        await turn.SendMarkdownAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
