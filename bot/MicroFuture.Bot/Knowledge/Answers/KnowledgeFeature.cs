using MicroFuture.Bot.Hosting;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>The <c>ask &lt;question&gt;</c> command (free questions reach <see cref="KnowledgeChat"/> through the help feature's fallback).</summary>
public sealed class KnowledgeFeature(KnowledgeChat chat) : IBotFeature
{
    public void Register(ActivityRouter router) => router.OnMessage(@"ask(?:\s+.*)?", AskAsync);

    private Task AskAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = turn.Activity.Text!.Trim()[3..].Trim();
        if (question.Length > 0)
        {
            return chat.AnswerAsync(turn, question, cancellationToken);
        }
        return turn.SendMarkdownAsync("Ask me a question after **ask**, e.g. *ask what counts as microcredit in the EU?*", cancellationToken);
    }
}
