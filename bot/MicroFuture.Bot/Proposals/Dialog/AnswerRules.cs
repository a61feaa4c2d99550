using System.Globalization;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>What the proposal dialog accepts as an answer; each refusal says why and asks the same question again.</summary>
public static class AnswerRules
{
    /// <summary>The longest free-text answer kept (a few pages; a Teams message can hold more).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Highest accepted estimated cost of one action: anything above is surely a typo.</summary>
    public const decimal MaxCostEur = 100_000_000m;

    /// <summary>
    /// First day an action may start: MICROFUTURE "runs from March 2023 to May 2027" (knowledge/microfuture-project.md,
    /// source [5]); an action of the proposal cannot start before the project did.
    /// </summary>
    public static readonly DateOnly ProjectStart = new(2023, 3, 1);

    /// <summary>Last day an action may end: beyond the 2028-2034 programming period, a date is surely a typo.</summary>
    public static readonly DateOnly Horizon = new(2035, 12, 31);

    /// <summary>Refuses empty and over-long text; the text itself is kept verbatim.</summary>
    public static readonly PromptValidator<string> Text = async (context, cancellationToken) =>
    {
        var text = context.Recognized.Value ?? "";
        string? problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "The answer cannot be empty.";
        }
        else if (text.Length > MaxTextLength)
        {
            problem = $"Your answer has {text.Length.ToString("#,0", CultureInfo.InvariantCulture)} characters; the limit is {MaxTextLength.ToString("#,0", CultureInfo.InvariantCulture)}. Please shorten it (nothing was saved from it) and send it again.";
        }
        if (problem is null)
        {
            return true;
        }
        await RefuseAsync(context.Turn, problem, context.Options, cancellationToken).ConfigureAwait(false);
        return false;
    };

    /// <summary>Refuses a period that starts before the project or ends after the horizon (the order is checked when parsing).</summary>
    public static readonly PromptValidator<DateRange> Timeframe = async (context, cancellationToken) =>
    {
        var range = context.Recognized.Value!;
        string? problem = null;
        if (range.Start < ProjectStart)
        {
            problem = $"The start ({DateParsing.Show(range.Start)}) is before MICROFUTURE started ({DateParsing.Show(ProjectStart)}).";
        }
        else if (range.End > Horizon)
        {
            problem = $"The end ({DateParsing.Show(range.End)}) is after {Horizon.Year.ToString(CultureInfo.InvariantCulture)}; please give a realistic end date.";
        }
        if (problem is null)
        {
            return true;
        }
        await RefuseAsync(context.Turn, problem, context.Options, cancellationToken).ConfigureAwait(false);
        return false;
    };

    private static async Task RefuseAsync(ITurnContext turn, string problem, PromptOptions options, CancellationToken cancellationToken)
    {
        var question = options.Prompt?.Text;
        await turn.SendMarkdownAsync(question is null ? problem : $"{problem}\n\n{question}", cancellationToken).ConfigureAwait(false);
    }
}
