using System.Text.Json;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// A dialog made of other dialogs: its own <see cref="DialogSet"/> and an inner stack, persisted inside its instance
/// state. It starts <see cref="InitialDialogId"/> and ends with that dialog's result; a cancel inside cancels the
/// stack it runs on too.
/// </summary>
public class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStateKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog begun first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds an inner dialog (prompts, waterfalls, other components).</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."), options, cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    public override async Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        await new DialogContext(_dialogs, dc.Turn, state, dc).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        Save(instance, state);
    }

    public override async Task EndAsync(DialogContext dc, DialogInstance instance, DialogEndReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogEndReason.Cancelled)
        {
            // Inner dialogs get their clean-up too.
            await new DialogContext(_dialogs, dc.Turn, Load(instance), dc).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        var result = await run(new DialogContext(_dialogs, dc.Turn, state, dc)).ConfigureAwait(false);
        Save(instance, state);
        return result.Status switch
        {
            DialogTurnStatus.Waiting => result,
            DialogTurnStatus.Cancelled => await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false),
            _ => await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false),
        };
    }

    private static DialogState Load(DialogInstance instance) =>
        instance.State[InnerStateKey]?.Deserialize<DialogState>(ProtocolJson.ContentOptions) ?? new DialogState();

    private static void Save(DialogInstance instance, DialogState state) =>
        instance.State[InnerStateKey] = JsonSerializer.SerializeToNode(state, ProtocolJson.ContentOptions);
}
