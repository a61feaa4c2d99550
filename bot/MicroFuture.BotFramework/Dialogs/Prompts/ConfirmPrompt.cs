using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>Asks a yes/no question with Yes and No buttons; ends with a <see cref="bool"/>.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <summary>Words meaning yes (compared case-insensitively, trailing punctuation ignored).</summary>
    public static IReadOnlyList<string> DefaultYesWords { get; } = ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "of course", "true", "sì", "si", "certo", "ja", "oui"];

    /// <summary>Words meaning no.</summary>
    public static IReadOnlyList<string> DefaultNoWords { get; } = ["no", "n", "nope", "nah", "false", "non", "nein"];

    /// <summary>The Yes button's text.</summary>
    public string YesTitle { get; init; } = "Yes";

    /// <summary>The No button's text.</summary>
    public string NoTitle { get; init; } = "No";

    protected override void Decorate(Activity prompt, PromptOptions options) => AttachButtons(prompt, YesTitle, NoTitle);

    protected override Task<PromptRecognition<bool>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(turn.Activity) is { } answer ? PromptRecognition<bool>.Success(answer) : PromptRecognition<bool>.Failure());

    /// <summary>Adds Yes/No buttons submitting "yes"/"no".</summary>
    public static void AttachButtons(Activity activity, string yesTitle = "Yes", string noTitle = "No") =>
        ChoiceCard.AttachTo(activity, [(yesTitle, "yes"), (noTitle, "no")]);

    /// <summary>True for yes, false for no, null when the activity is neither (button click or typed word).</summary>
    public static bool? Recognize(Activity activity)
    {
        var input = (ChoiceCard.SubmittedValue(activity) ?? activity.Text)?.Trim().TrimEnd('.', '!').Trim();
        if (string.IsNullOrEmpty(input))
        {
            return null;
        }
        if (DefaultYesWords.Contains(input, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        return DefaultNoWords.Contains(input, StringComparer.OrdinalIgnoreCase) ? false : null;
    }
}
