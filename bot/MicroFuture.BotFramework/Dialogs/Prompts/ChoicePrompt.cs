using System.Globalization;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, shown as card buttons. Accepts a button click, the typed
/// value, title or synonym (case-insensitive), or the choice's number (1-based). Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override void Decorate(Activity prompt, PromptOptions options) =>
        ChoiceCard.AttachTo(prompt, (options.Choices ?? []).Select(choice => (choice.Title ?? choice.Value, choice.Value)));

    protected override Task<PromptRecognition<FoundChoice>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(turn.Activity, options.Choices ?? []));

    /// <summary>Finds the choice an activity picks (button click, typed text or number).</summary>
    public static PromptRecognition<FoundChoice> Recognize(Activity activity, IReadOnlyList<Choice> choices)
    {
        var input = (ChoiceCard.SubmittedValue(activity) ?? activity.Text)?.Trim();
        if (string.IsNullOrEmpty(input))
        {
            return PromptRecognition<FoundChoice>.Failure();
        }
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (Same(choice.Value, input) || Same(choice.Title, input) || (choice.Synonyms ?? []).Any(synonym => Same(synonym, input)))
            {
                return PromptRecognition<FoundChoice>.Success(new FoundChoice(choice.Value, i));
            }
        }
        if (int.TryParse(input.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return PromptRecognition<FoundChoice>.Success(new FoundChoice(choices[number - 1].Value, number - 1));
        }
        return PromptRecognition<FoundChoice>.Failure();
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
