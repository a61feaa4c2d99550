using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Writes an answer with a chat model from numbered passages only, citing them as <c>[n]</c>, in the user's language.
/// Throws when the model fails or takes longer than the timeout; the caller then shows the extractive answer.
/// </summary>
public sealed partial class GroundedAnswerGenerator(IChatClient chatClient, TimeSpan timeout)
{
    public const string SystemPrompt = """
        You answer questions of the partners of the MICROFUTURE Interreg Europe project about microfinance.
        Answer ONLY from the numbered passages in the user's message; never use other knowledge.
        After every sentence, cite the passage(s) it comes from as [n], using the passages' numbers.
        Keep it short: at most four sentences. Answer in the language of the question.
        If the passages do not answer the question, say that you don't know, in one sentence, without citations.
        """;

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    /// <summary>The model's answer and the passages it cites (all of them when it cites none by number).</summary>
    public async Task<(string Text, IReadOnlyList<AnswerCitation> Citations)> GenerateAsync(string question, IReadOnlyList<AnswerCitation> passages, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, SystemPrompt),
            new(ChatRole.User, Prompt(question, passages)),
        };
        ChatResponse response;
        try
        {
            response = await chatClient.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The model did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        var text = response.Text.Trim();
        if (text.Length == 0)
        {
            throw new InvalidOperationException("The model returned an empty answer.");
        }
        var cited = Marker().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var kept = passages.Where(p => cited.Contains(p.Number)).ToList();
        return (text, kept.Count > 0 ? kept : passages);
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
