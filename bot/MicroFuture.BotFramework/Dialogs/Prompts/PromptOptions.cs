using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// How a prompt asks. Persisted with the prompt while it waits (so only data here: validators belong to the prompt's
/// constructor, because a delegate cannot survive a restart).
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer was not accepted; defaults to <see cref="Prompt"/>.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>Lowest accepted value of a <see cref="NumberPrompt"/> (inclusive).</summary>
    public decimal? Min { get; set; }

    /// <summary>Highest accepted value of a <see cref="NumberPrompt"/> (inclusive).</summary>
    public decimal? Max { get; set; }

    /// <summary>After this many refused answers the prompt gives up and ends with a null result; null = ask forever.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Options asking <paramref name="prompt"/>, and <paramref name="retryPrompt"/> after a refused answer.</summary>
    public static PromptOptions Ask(string prompt, string? retryPrompt = null) => new()
    {
        Prompt = Text(prompt),
        RetryPrompt = retryPrompt is null ? null : Text(retryPrompt),
    };

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };
}

/// <summary>One option of a <see cref="ChoicePrompt"/>.</summary>
public sealed class Choice
{
    /// <summary>The value returned when chosen (and carried by its card button).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The button text; defaults to <see cref="Value"/>.</summary>
    public string? Title { get; set; }

    /// <summary>Other words that pick this choice when typed.</summary>
    public List<string>? Synonyms { get; set; }

    /// <summary>Choices from plain values.</summary>
    public static List<Choice> From(params string[] values) => [.. values.Select(value => new Choice { Value = value })];
}

/// <summary>What a <see cref="ChoicePrompt"/> recognized: the choice's value and its position (0-based).</summary>
public sealed record FoundChoice(string Value, int Index);

/// <summary>What a recognizer made of the user's answer.</summary>
/// <param name="Succeeded">Whether a value was recognized.</param>
/// <param name="Value">The value, when <paramref name="Succeeded"/>.</param>
/// <param name="Error">Why it was refused, said to the user before the retry prompt (null = just re-ask).</param>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value, string? Error = null)
{
    /// <summary>A recognized <paramref name="value"/>.</summary>
    public static PromptRecognition<T> Success(T value) => new(true, value);

    /// <summary>Nothing recognized; <paramref name="error"/> (if any) is said before the retry prompt.</summary>
    public static PromptRecognition<T> Failure(string? error = null) => new(false, default, error);
}

/// <summary>What a validator sees.</summary>
public sealed class PromptValidatorContext<T>(Turns.ITurnContext turn, PromptRecognition<T> recognized, PromptOptions options, int attemptCount)
{
    /// <summary>The turn, e.g. to send an own message explaining the refusal (then the retry prompt is not sent).</summary>
    public Turns.ITurnContext Turn { get; } = turn;

    /// <summary>The recognizer's verdict; validators run only when it succeeded.</summary>
    public PromptRecognition<T> Recognized { get; } = recognized;

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; } = options;

    /// <summary>1 for the first answer, then 2, ...</summary>
    public int AttemptCount { get; } = attemptCount;
}

/// <summary>
/// Extra acceptance check of a prompt. Return false to refuse; send a message through
/// <see cref="PromptValidatorContext{T}.Turn"/> to explain why (else the retry prompt is sent).
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
