namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>How answers are chosen: keys of section <c>Knowledge</c> beside <c>Folder</c>.</summary>
public sealed class AnswerOptions
{
    /// <summary>
    /// The best hit's embedding similarity at or above which the evidence counts as strong. Calibrated on the dev
    /// question set (tests/.../Knowledge/Answers/DevQuestions.cs): just above the best off-topic question (0.64), low
    /// enough for non-English questions, whose similarity to the English passages is lower (0.57-0.76).
    /// </summary>
    public double MinSimilarity { get; set; } = 0.65;

    /// <summary>The best hit's full-text (Lucene) score at or above which the evidence counts as strong.</summary>
    public double MinLexicalScore { get; set; } = 1.0;

    /// <summary>Sections retrieved per question.</summary>
    public int Passages { get; set; } = 5;

    /// <summary>At most this many sentences in an extractive answer.</summary>
    public int MaxSentences { get; set; } = 4;

    /// <summary>How long a repeated question is answered from memory (the knowledge version is part of the key).</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Grounded generation through Azure OpenAI: section <c>AzureOpenAI</c>; off while Endpoint or Deployment is empty.</summary>
public sealed class AzureOpenAIOptions
{
    public const string SectionName = "AzureOpenAI";

    public string? Endpoint { get; set; }

    public string? Deployment { get; set; }

    /// <summary>API key; when empty the bot signs in with Azure.Identity (managed identity, Azure CLI, ...).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one answer may take before the extractive answer is shown instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether generated answers stream into Teams 1:1 chats while the model writes them.</summary>
    public bool Streaming { get; set; } = true;

    /// <summary>Least time between two streamed updates (Teams asks for 1.5–2 s).</summary>
    public TimeSpan StreamingInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);
}
