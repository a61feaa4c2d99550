using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Presentation;

/// <summary>
/// Whether a generated answer streams into the conversation while the model writes it: only with Azure OpenAI
/// configured and <c>AzureOpenAI:Streaming</c> on, and only where the channel supports it (Teams 1:1 chats; Web
/// Chat, group chats and channels get the final message only). Abstentions and quoted answers never stream, since
/// only the model's text is passed to the stream.
/// </summary>
public sealed class AnswerStreaming(IOptions<AzureOpenAIOptions> options, AnswerGeneration generation, TimeProvider time, ILogger<StreamingResponder> logger)
{
    /// <summary>A responder for this turn's answer, or null when the answer is sent as one message.</summary>
    public StreamingResponder? For(ITurnContext turn)
    {
        var settings = options.Value;
        return settings.Streaming && generation.Generator is not null && StreamingResponder.CanStream(turn.Activity)
            ? new StreamingResponder(turn, settings.StreamingInterval, time, logger)
            : null;
    }
}
