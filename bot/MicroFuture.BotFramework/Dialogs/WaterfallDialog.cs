using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// A dialog of ordered steps: each step usually asks one question, and the answer arrives as the next step's
/// <see cref="WaterfallStepContext.Result"/>. The step index and <see cref="WaterfallStepContext.Values"/> are
/// persisted. With <see cref="Interruptions"/> set, help / cancel / back / skip / status are understood at every
/// question, whatever prompt is asking it.
/// </summary>
/// <example><code>
/// var dialog = new WaterfallDialog("order", new InterruptionOptions())
///     .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Title?"), ct), help: "A short name.")
///     .AddStep(async (step, ct) => { step.Values.Set("title", (string)step.Result!); return await step.EndDialogAsync(null, ct); });
/// </code></example>
public sealed class WaterfallDialog(string id, InterruptionOptions? interruptions = null) : Dialog(id)
{
    internal const string ValuesKey = "values";
    internal const string AskedKey = "asked";
    private const string StepKey = "step";
    private const string ConfirmingCancelKey = "confirmingCancel";

    private readonly List<StepDefinition> _steps = [];

    /// <summary>The interruptions this waterfall answers; null = none.</summary>
    public InterruptionOptions? Interruptions { get; } = interruptions;

    /// <summary>The number of steps.</summary>
    public int StepCount => _steps.Count;

    /// <summary>
    /// Appends a step. <paramref name="help"/> explains the question the step asks (said on "help");
    /// <paramref name="optional"/> lets the user "skip" that question.
    /// </summary>
    public WaterfallDialog AddStep(WaterfallStep step, string? help = null, bool optional = false)
    {
        _steps.Add(new StepDefinition(step, help, optional));
        return this;
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, null, cancellationToken, options);

    /// <summary>A step returned Waiting without a child: the message text is its answer.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Turn.Activity.IsType(ActivityTypes.Message) ? ResumeAsync(dc, dc.Turn.Activity.Text, cancellationToken) : Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, CurrentStep(dc.ActiveDialog!) + 1, result, cancellationToken);

    public override async Task<DialogTurnResult?> InterruptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (Interruptions is not { } words || !dc.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return null;
        }
        if (instance.State[ConfirmingCancelKey]?.GetValue<bool>() == true)
        {
            return await AnswerCancelConfirmationAsync(dc, instance, words, cancellationToken).ConfigureAwait(false);
        }
        var text = dc.Turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var step = CurrentStep(instance);
        if (InterruptionOptions.Matches(words.HelpWords, text))
        {
            return await SayAndRepromptAsync(dc, _steps[step].Help ?? words.DefaultHelpText, cancellationToken).ConfigureAwait(false);
        }
        if (InterruptionOptions.Matches(words.StatusWords, text))
        {
            var values = new DialogValues(DialogValues.ObjectIn(instance.State, ValuesKey));
            return await SayAndRepromptAsync(dc, words.StatusText(new WaterfallProgress(step + 1, _steps.Count, values)), cancellationToken).ConfigureAwait(false);
        }
        if (InterruptionOptions.Matches(words.CancelWords, text))
        {
            instance.State[ConfirmingCancelKey] = true;
            await AskCancelConfirmationAsync(dc, words, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (InterruptionOptions.Matches(words.BackWords, text))
        {
            return await GoBackAsync(dc, instance, step, words, cancellationToken).ConfigureAwait(false);
        }
        if (InterruptionOptions.Matches(words.SkipWords, text))
        {
            if (!_steps[step].Optional)
            {
                return await SayAndRepromptAsync(dc, words.CannotSkipText, cancellationToken).ConfigureAwait(false);
            }
            await dc.CancelChildrenAsync(instance, cancellationToken).ConfigureAwait(false);
            return await RunStepAsync(dc, step + 1, null, cancellationToken).ConfigureAwait(false);
        }
        return null;
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken, object? options = null)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        var instance = dc.ActiveDialog!;
        instance.State[StepKey] = index;
        return await _steps[index].Run(new WaterfallStepContext(this, dc, instance, index, result, options), cancellationToken).ConfigureAwait(false);
    }

    private static int CurrentStep(DialogInstance instance) => instance.State[StepKey]?.GetValue<int>() ?? 0;

    private static async Task<DialogTurnResult> SayAndRepromptAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        await dc.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    private static Task AskCancelConfirmationAsync(DialogContext dc, InterruptionOptions words, CancellationToken cancellationToken)
    {
        var question = dc.Turn.Activity.CreateReply(words.CancelConfirmText);
        question.ReplyToId = null;
        ConfirmPrompt.AttachButtons(question);
        return dc.Turn.SendActivityAsync(question, cancellationToken);
    }

    private static async Task<DialogTurnResult> AnswerCancelConfirmationAsync(DialogContext dc, DialogInstance instance, InterruptionOptions words, CancellationToken cancellationToken)
    {
        switch (ConfirmPrompt.Recognize(dc.Turn.Activity))
        {
            case true:
                await dc.SendTextAsync(words.CancelledText, cancellationToken).ConfigureAwait(false);
                return await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            case false:
                instance.State.Remove(ConfirmingCancelKey);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
            default:
                await AskCancelConfirmationAsync(dc, words, cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;
        }
    }

    // Back re-asks the nearest earlier question exactly as it was asked; its answer then flows on as usual.
    private async Task<DialogTurnResult> GoBackAsync(DialogContext dc, DialogInstance instance, int step, InterruptionOptions words, CancellationToken cancellationToken)
    {
        var asked = DialogValues.ObjectIn(instance.State, AskedKey);
        for (var previous = step - 1; previous >= 0; previous--)
        {
            if (asked[previous.ToString(CultureInfo.InvariantCulture)] is not JsonObject question)
            {
                continue;
            }
            await dc.CancelChildrenAsync(instance, cancellationToken).ConfigureAwait(false);
            instance.State[StepKey] = previous;
            var options = question["options"]?.Deserialize<PromptOptions>(ProtocolJson.ContentOptions) ?? new PromptOptions();
            return await dc.PromptAsync(question["dialog"]!.GetValue<string>(), options, cancellationToken).ConfigureAwait(false);
        }
        return await SayAndRepromptAsync(dc, words.CannotGoBackText, cancellationToken).ConfigureAwait(false);
    }

    private sealed record StepDefinition(WaterfallStep Run, string? Help, bool Optional);
}
