using MicroFuture.Bot.Knowledge.Presentation;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Answers a question in a conversation: remembers the last question (conversation state) so that a short
/// follow-up is understood, and sends the answer message (streamed while the model writes it, where
/// <see cref="AnswerStreaming"/> allows).
/// </summary>
public sealed class KnowledgeChat(IServiceProvider services)
{
    private const string StateKey = "knowledge";

    public async Task AnswerAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        var state = turn.State.Conversation.Get<KnowledgeConversationState>(StateKey);
        var answerer = services.GetRequiredService<KnowledgeAnswerer>();
        if (services.GetRequiredService<AnswerGeneration>().Generator is not null)
        {
            // The model may take seconds: show "typing" meanwhile (quoted answers come at once and need none).
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken).ConfigureAwait(false);
        }
        var stream = services.GetRequiredService<AnswerStreaming>().For(turn);
        var answer = await answerer.AnswerAsync(question, state.LastQuestion, stream is null ? null : stream.AppendAsync, cancellationToken).ConfigureAwait(false);
        state.LastQuestion = answer.Question;
        var message = AnswerMessage.Create(turn.Activity, answer);
        await (stream is null ? turn.SendActivityAsync(message, cancellationToken) : stream.EndAsync(message, cancellationToken)).ConfigureAwait(false);
    }

    private sealed class KnowledgeConversationState
    {
        public string? LastQuestion { get; set; }
    }
}
