using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// One dialog stack in one turn: begins, continues and ends dialogs. Component dialogs get an inner context whose
/// <see cref="Parent"/> is the outer one.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turn, DialogState state, DialogContext? parent = null)
{
    /// <summary>The dialogs this context can begin (the parent's are found too).</summary>
    public DialogSet Dialogs { get; } = dialogs;

    /// <summary>The current turn.</summary>
    public ITurnContext Turn { get; } = turn;

    /// <summary>The context of the enclosing component dialog, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    /// <summary>The stack, outermost first.</summary>
    public IReadOnlyList<DialogInstance> Stack => state.Stack;

    /// <summary>The active (last) instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => state.Stack.Count == 0 ? null : state.Stack[^1];

    /// <summary>The dialog <paramref name="id"/> from this context's set or an enclosing one.</summary>
    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    /// <summary>Pushes dialog <paramref name="dialogId"/> and begins it with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is registered.");
        state.Stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/>; its recognized value comes back as the parent's result.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>
    /// Hands the turn's activity to the active dialog, after offering it as an interruption to every dialog on the
    /// stack (active first). Returns <see cref="DialogTurnStatus.Empty"/> when nothing is running.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        for (var i = state.Stack.Count - 1; i >= 0; i--)
        {
            var instance = state.Stack[i];
            if (await Require(instance).InterruptAsync(this, instance, cancellationToken).ConfigureAwait(false) is { } handled)
            {
                return handled;
            }
        }
        return await Require(ActiveDialog).ContinueAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog with <paramref name="result"/> and resumes its parent with it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogEndReason.Ended, cancellationToken).ConfigureAwait(false);
        return ActiveDialog is { } parent
            ? await Require(parent).ResumeAsync(this, result, cancellationToken).ConfigureAwait(false)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends every dialog on this stack (each told it was cancelled).</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        while (ActiveDialog is not null)
        {
            await PopAsync(DialogEndReason.Cancelled, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place (loops).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogEndReason.Replaced, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active ? Require(active).RepromptAsync(this, active, cancellationToken) : Task.CompletedTask;

    /// <summary>Sends a plain text message in this turn.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken = default) => Turn.SendTextAsync(text, cancellationToken);

    /// <summary>Cancels every dialog above <paramref name="instance"/>, making it the active one again.</summary>
    public async Task CancelChildrenAsync(DialogInstance instance, CancellationToken cancellationToken = default)
    {
        while (ActiveDialog is { } active && !ReferenceEquals(active, instance))
        {
            await PopAsync(DialogEndReason.Cancelled, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PopAsync(DialogEndReason reason, CancellationToken cancellationToken)
    {
        var instance = state.Stack[^1];
        state.Stack.RemoveAt(state.Stack.Count - 1);
        await Require(instance).EndAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    private Dialog Require(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack holds dialog '{instance.Id}', which is not registered.");
}
