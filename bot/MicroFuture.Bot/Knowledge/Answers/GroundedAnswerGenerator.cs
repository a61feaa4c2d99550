using System.Text;
using Microsoft.Extensions.AI;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Writes an answer with a chat model from numbered passages only, citing them as <c>[n]</c>, in the user's language.
/// Throws when the model fails or takes longer than the timeout; the caller then shows the extractive answer.
/// </summary>
public sealed class GroundedAnswerGenerator(IChatClient chatClient, TimeSpan timeout)
{
    public const string SystemPrompt = """
        You answer questions of the partners of the MICROFUTURE Interreg Europe project about microfinance.
        Answer ONLY from the numbered passages in the user's message; never use other knowledge.
        After every sentence, cite the passage(s) it comes from as [n], using the passages' numbers.
        Keep it short: at most four sentences. Answer in the language of the question.
        If the passages do not answer the question, say that you don't know, in one sentence, without citations.
        """;

    /// <summary>The model's answer and the passages it cites (all of them when it cites none by number).</summary>
    /// <param name="onTextAsync">When given, the answer is streamed and each piece of text is passed on as it arrives.</param>
    public async Task<(string Text, IReadOnlyList<AnswerCitation> Citations)> GenerateAsync(
        string question, IReadOnlyList<AnswerCitation> passages, Func<string, CancellationToken, Task>? onTextAsync, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, SystemPrompt),
            new(ChatRole.User, Prompt(question, passages)),
        };
        string text;
        try
        {
            text = onTextAsync is null
                ? (await chatClient.GetResponseAsync(messages, Options, deadline.Token).ConfigureAwait(false)).Text.Trim()
                : await StreamAsync(messages, onTextAsync, deadline.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The model did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        if (text.Length == 0)
        {
            throw new InvalidOperationException("The model returned an empty answer.");
        }
        var cited = SentenceSplitter.Markers(text).ToHashSet();
        var kept = passages.Where(p => cited.Contains(p.Number)).ToList();
        return (text, kept.Count > 0 ? kept : passages);
    }

    private static ChatOptions Options => new() { Temperature = 0 };

    // The deadline bounds the model; passing text on uses the turn's token so a slow send is not taken for a slow model.
    private async Task<string> StreamAsync(List<ChatMessage> messages, Func<string, CancellationToken, Task> onTextAsync, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var update in chatClient.GetStreamingResponseAsync(messages, Options, deadline).ConfigureAwait(false))
        {
            var piece = update.Text;
            if (piece.Length == 0)
            {
                continue;
            }
            text.Append(piece);
            await onTextAsync(piece, cancellationToken).ConfigureAwait(false);
        }
        return text.ToString().Trim();
    }

    private static string Prompt(string question, IReadOnlyList<AnswerCitation> passages)
    {
        var prompt = new StringBuilder("Passages:\n\n");
        foreach (var passage in passages)
        {
            prompt.Append('[').Append(passage.Number).Append("] ").Append(passage.Title).Append(" — ").Append(passage.Heading).Append('\n')
                .Append(SentenceSplitter.WithoutMarkers(passage.Section.Text)).Append("\n\n");
        }
        return prompt.Append("Question: ").Append(question).ToString();
    }
}
