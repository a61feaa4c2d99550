using System.Globalization;
using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Dialogs;

/// <summary>A small form dialog like the ones products build: title, budget, type (optional), start date.</summary>
internal static class SampleDialogs
{
    public const string TitleQuestion = "What is the title?";
    public const string BudgetQuestion = "What is the budget in EUR?";
    public const string TypeQuestion = "Which type?";
    public const string StartQuestion = "When does it start?";
    public const string TitleHelp = "The title is a short name for the project.";
    public const string BudgetHelp = "The total budget, e.g. 120k.";

    /// <summary>The form as a component: a waterfall with interruptions and its prompts.</summary>
    public static ComponentDialog Form(string id = "form") => new ComponentDialog(id)
        .AddDialog(FormSteps())
        .AddDialog(new TextPrompt("text", MaxLength(200)))
        .AddDialog(new NumberPrompt("amount", "EUR"))
        .AddDialog(new ChoicePrompt("choice"))
        .AddDialog(new DatePrompt("date"));

    public static WaterfallDialog FormSteps() => new WaterfallDialog("form-steps", new InterruptionOptions())
        .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask(TitleQuestion), ct), help: TitleHelp)
        .AddStep((step, ct) =>
        {
            step.Values.Set("title", (string)step.Result!);
            return step.PromptAsync("amount", new PromptOptions { Prompt = PromptOptions.Ask(BudgetQuestion).Prompt, Min = 1 }, ct);
        }, help: BudgetHelp)
        .AddStep((step, ct) =>
        {
            step.Values.Set("budget", (decimal)step.Result!);
            var options = PromptOptions.Ask(TypeQuestion);
            options.Choices = Choice.From("Research", "Innovation");
            return step.PromptAsync("choice", options, ct);
        }, optional: true)
        .AddStep((step, ct) =>
        {
            step.Values.Set("type", (step.Result as FoundChoice)?.Value ?? "none");
            return step.PromptAsync("date", PromptOptions.Ask(StartQuestion), ct);
        })
        .AddStep((step, ct) =>
        {
            var start = (DateValue)step.Result!;
            var summary = string.Join(" | ",
                step.Values.Get<string>("title"),
                step.Values.Get<decimal>("budget").ToString(CultureInfo.InvariantCulture),
                step.Values.Get<string>("type"),
                start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return step.EndDialogAsync(summary, ct);
        });

    /// <summary>Refuses empty and over-long text, explaining why in its own message.</summary>
    public static PromptValidator<string> MaxLength(int max) => async (context, ct) =>
    {
        var text = context.Recognized.Value ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            await context.Turn.SendTextAsync("Please write something.", ct);
            return false;
        }
        if (text.Length > max)
        {
            await context.Turn.SendTextAsync($"Please keep it under {max} characters (you wrote {text.Length}).", ct);
            return false;
        }
        return true;
    };
}
