using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>The dialogs one <see cref="DialogContext"/> can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="dialog"/>; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }
        return this;
    }

    /// <summary>The dialog registered as <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>
    /// A context over the stack kept in conversation state under <paramref name="stateProperty"/>
    /// (loaded and saved with the turn's state).
    /// </summary>
    public DialogContext CreateContext(ITurnContext turn, string stateProperty) =>
        new(this, turn, turn.State.Conversation.Get<DialogState>(stateProperty));
}

/// <summary>Running one dialog as the whole conversation's dialog.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues <paramref name="dialog"/> if it is running in this conversation, else begins it. Its stack lives in
    /// conversation state under <paramref name="stateProperty"/>. Returns how the turn ended.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turn, string stateProperty, CancellationToken cancellationToken = default)
    {
        var dc = new DialogSet().Add(dialog).CreateContext(turn, stateProperty);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
