using System.Text.Json.Nodes;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// The persisted dialog stack of one conversation (or of one component dialog). Kept in conversation state
/// under a property name the host chooses; the last entry of <see cref="Stack"/> is the active dialog.
/// </summary>
public sealed class DialogState
{
    /// <summary>Running dialogs, outermost first; the last one is active.</summary>
    public List<DialogInstance> Stack { get; set; } = [];
}

/// <summary>One running dialog: which dialog it is and its own JSON state (persisted every turn).</summary>
public sealed class DialogInstance
{
    /// <summary>The <see cref="Dialog.Id"/> of the dialog this instance runs.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's private state; only JSON values, so it survives the storage round trip.</summary>
    public JsonObject State { get; set; } = [];
}

/// <summary>How a dialog turn ended.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was running.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The outermost dialog completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

/// <summary>The outcome of running dialogs for one turn.</summary>
/// <param name="Status">Whether the stack is waiting, complete, cancelled or was empty.</param>
/// <param name="Result">The completed dialog's result (in memory only: results are not persisted).</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The result of a dialog waiting for input.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}

/// <summary>Why a dialog instance is being ended.</summary>
public enum DialogEndReason
{
    /// <summary>It ended itself with a result.</summary>
    Ended,

    /// <summary>It was cancelled (by the user or by a parent).</summary>
    Cancelled,

    /// <summary>It was replaced by another dialog.</summary>
    Replaced,
}
