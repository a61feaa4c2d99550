using System.Globalization;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for an amount (see <see cref="NumberParsing"/> for the accepted forms) in <paramref name="unit"/>, e.g.
/// "EUR"; checks <see cref="PromptOptions.Min"/>/<see cref="PromptOptions.Max"/>. Ends with a <see cref="decimal"/>.
/// </summary>
public sealed class NumberPrompt(string id, string? unit = null, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    /// <summary>The unit the user may write next to the number.</summary>
    public string? Unit { get; } = unit;

    protected override Task<PromptRecognition<decimal>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(turn.Activity.Text, options));

    private PromptRecognition<decimal> Recognize(string? text, PromptOptions options)
    {
        if (!NumberParsing.TryParse(text, Unit, out var value))
        {
            return PromptRecognition<decimal>.Failure(Unit is null ? "Please enter a number, e.g. 120000 or 120k." : $"Please enter an amount in {Unit}, e.g. 120000, 120k or 1.2m.");
        }
        if (options.Min is { } min && value < min)
        {
            return PromptRecognition<decimal>.Failure($"The amount must be at least {Format(min)}.");
        }
        if (options.Max is { } max && value > max)
        {
            return PromptRecognition<decimal>.Failure($"The amount must be at most {Format(max)}.");
        }
        return PromptRecognition<decimal>.Success(value);
    }

    private string Format(decimal value) =>
        (value.ToString("#,0.##", CultureInfo.InvariantCulture) + (Unit is null ? string.Empty : " " + Unit)).Trim();
}
