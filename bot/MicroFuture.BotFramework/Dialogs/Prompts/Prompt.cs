using System.Text.Json;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the recognized answer (a <typeparamref name="T"/>), re-asking until
/// the recognizer and the optional validator accept it. Its options are persisted while it waits.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, ProtocolJson.ContentOptions);
        instance.State[AttemptsKey] = 0;
        await SendPromptAsync(dc.Turn, LoadOptions(instance), isRetry: false, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return DialogTurnResult.Waiting;
        }
        var instance = dc.ActiveDialog!;
        var options = LoadOptions(instance);
        var attempts = (instance.State[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        instance.State[AttemptsKey] = attempts;

        var recognized = await RecognizeAsync(dc.Turn, options, cancellationToken).ConfigureAwait(false);
        var validatorTurn = new SendCountingTurn(dc.Turn);
        var valid = recognized.Succeeded
            && (validator is null || await validator(new PromptValidatorContext<T>(validatorTurn, recognized, options, attempts), cancellationToken).ConfigureAwait(false));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }
        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (validatorTurn.Sent == 0)
        {
            if (recognized.Error is { } error)
            {
                await dc.Turn.SendTextAsync(error, cancellationToken).ConfigureAwait(false);
            }
            await SendPromptAsync(dc.Turn, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(dc.Turn, LoadOptions(instance), isRetry: false, cancellationToken);

    /// <summary>Reads the user's answer.</summary>
    protected abstract Task<PromptRecognition<T>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Lets a prompt decorate its question (buttons, cards) before it is sent.</summary>
    protected virtual void Decorate(Activity prompt, PromptOptions options)
    {
    }

    private async Task SendPromptAsync(ITurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        // Options come fresh from state, so sending (which fills addressing) never alters the stored question.
        var activity = (isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt) ?? new Activity { Type = ActivityTypes.Message };
        Decorate(activity, options);
        await turn.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    private static PromptOptions LoadOptions(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize<PromptOptions>(ProtocolJson.ContentOptions) ?? new PromptOptions();
}
