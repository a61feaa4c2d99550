namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>How an answer was made.</summary>
public enum AnswerKind
{
    /// <summary>Sentences quoted from the knowledge.</summary>
    Extractive,

    /// <summary>Written by the language model from the numbered passages.</summary>
    Generated,

    /// <summary>The evidence was too weak: no answer, the nearest topics and whom to ask instead.</summary>
    Abstained,
}

/// <summary>One numbered source of an answer: the <c>[n]</c> in the text refers to <see cref="Number"/>.</summary>
/// <param name="Sources">The section's cited sources, else the document's.</param>
/// <param name="Excerpt">The part of the section the answer used (for the citation's abstract).</param>
public sealed record AnswerCitation(int Number, KnowledgeSection Section, IReadOnlyList<KnowledgeSource> Sources, string Excerpt)
{
    public string Title => Section.Document.Title;

    /// <summary>The section's headings below the document title, e.g. <c>Italy › Loan size</c>.</summary>
    public string Heading => string.Join(" › ", Section.HeadingPath.Count > 1 ? Section.HeadingPath.Skip(1) : Section.HeadingPath);
}

/// <summary>An answer to one question.</summary>
/// <param name="Question">The question as searched (a follow-up already combined with the previous question).</param>
/// <param name="Text">The answer, with <c>[n]</c> markers matching <see cref="Citations"/>.</param>
/// <param name="NearestTopics">When abstaining: the titles and headings closest to the question.</param>
/// <param name="AskWhom">When abstaining: who can answer instead.</param>
/// <param name="GenerationFailed">The model was configured but failed; the extractive answer is shown.</param>
/// <param name="Language">The question's language (ISO 639-1) when it was not English.</param>
public sealed record KnowledgeAnswer(
    string Question,
    AnswerKind Kind,
    string Text,
    IReadOnlyList<AnswerCitation> Citations,
    IReadOnlyList<string> NearestTopics,
    string? AskWhom,
    bool GenerationFailed = false,
    string? Language = null);
