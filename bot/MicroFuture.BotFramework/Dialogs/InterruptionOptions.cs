namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// The words a <see cref="WaterfallDialog"/> answers at any step, and what it says. Each word list is compared with
/// the whole trimmed message, case-insensitively; an empty list turns that interruption off.
/// </summary>
public sealed class InterruptionOptions
{
    /// <summary>Explain the current step (its help text), then ask again.</summary>
    public IReadOnlyList<string> HelpWords { get; init; } = ["help", "?"];

    /// <summary>Ask "are you sure?"; yes cancels the dialog, no asks the current question again.</summary>
    public IReadOnlyList<string> CancelWords { get; init; } = ["cancel", "abort", "quit"];

    /// <summary>Go back to the previous question.</summary>
    public IReadOnlyList<string> BackWords { get; init; } = ["back", "go back", "previous"];

    /// <summary>Skip an optional question (the next step gets a null result).</summary>
    public IReadOnlyList<string> SkipWords { get; init; } = ["skip"];

    /// <summary>Say how far along the dialog is, then ask again.</summary>
    public IReadOnlyList<string> StatusWords { get; init; } = ["status", "progress", "where am i"];

    /// <summary>Said for help on a step without its own help text.</summary>
    public string DefaultHelpText { get; init; } = "Answer the question below, or say back, skip, status or cancel.";

    /// <summary>The cancel confirmation question.</summary>
    public string CancelConfirmText { get; init; } = "Are you sure you want to cancel?";

    /// <summary>Said when the user confirms the cancel.</summary>
    public string CancelledText { get; init; } = "Cancelled.";

    /// <summary>Said when back is asked at the first question.</summary>
    public string CannotGoBackText { get; init; } = "This is the first question; there is nothing to go back to.";

    /// <summary>Said when skip is asked on a required question.</summary>
    public string CannotSkipText { get; init; } = "This question is required and cannot be skipped.";

    /// <summary>The progress text; defaults to "Step 3 of 11.".</summary>
    public Func<WaterfallProgress, string> StatusText { get; init; } = progress => $"Step {progress.StepNumber} of {progress.StepCount}.";

    internal static bool Matches(IReadOnlyList<string> words, string text) => words.Contains(text, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Where a waterfall is: the 1-based number of the current step, the step count and the values so far.</summary>
public sealed record WaterfallProgress(int StepNumber, int StepCount, DialogValues Values);
