using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>Asks for a date (forms: <see cref="DateParsing"/>); ends with a <see cref="DateValue"/> (day plus precision).</summary>
public sealed class DatePrompt(string id, PromptValidator<DateValue>? validator = null) : Prompt<DateValue>(id, validator)
{
    protected override Task<PromptRecognition<DateValue>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var parsed = DateParsing.Parse(turn.Activity.Text);
        return Task.FromResult(parsed.Succeeded ? PromptRecognition<DateValue>.Success(parsed.Value!) : PromptRecognition<DateValue>.Failure(parsed.Error));
    }
}

/// <summary>Asks for a period in one answer ("2026-03-01 to 2026-06-30", "Q2 2026"); ends with a <see cref="DateRange"/>, end ≥ start.</summary>
public sealed class DateRangePrompt(string id, PromptValidator<DateRange>? validator = null) : Prompt<DateRange>(id, validator)
{
    protected override Task<PromptRecognition<DateRange>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var parsed = DateParsing.ParseRange(turn.Activity.Text);
        return Task.FromResult(parsed.Succeeded ? PromptRecognition<DateRange>.Success(parsed.Value!) : PromptRecognition<DateRange>.Failure(parsed.Error));
    }
}
