using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// A unit of conversation that can span several turns. Its running state lives in a <see cref="DialogInstance"/>
/// on the persisted stack, never in fields: one dialog object serves every conversation.
/// </summary>
public abstract class Dialog(string id)
{
    /// <summary>The id under which the dialog is registered in its <see cref="DialogSet"/>.</summary>
    public string Id { get; } = id;

    /// <summary>Starts the dialog; it is already on the stack (<see cref="DialogContext.ActiveDialog"/>).</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next activity while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog began has ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again (after a help text, a refused cancel, ...).</summary>
    public virtual Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack, for clean-up.</summary>
    public virtual Task EndAsync(DialogContext dc, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Offered every message before the active dialog sees it, for every dialog on the stack from the active one
    /// down. Return the turn's result when the message was handled here (an interruption; the active dialog then
    /// never sees it), or null to let it through.
    /// </summary>
    public virtual Task<DialogTurnResult?> InterruptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);
}
