using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>One step of a waterfall.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// What a waterfall step sees: the previous step's <see cref="Result"/> (usually a prompt's answer), the persisted
/// <see cref="Values"/>, and the ways to go on: ask (<see cref="PromptAsync"/>), <see cref="NextAsync"/>,
/// <see cref="EndDialogAsync"/>.
/// </summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _moved;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, int index, object? result, object? options)
    {
        _waterfall = waterfall;
        _instance = instance;
        Context = dc;
        Index = index;
        Result = result;
        Options = options;
        Values = new DialogValues(DialogValues.ObjectIn(instance.State, WaterfallDialog.ValuesKey));
    }

    /// <summary>The dialog context, for anything not covered here.</summary>
    public DialogContext Context { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Turn => Context.Turn;

    /// <summary>0-based index of this step.</summary>
    public int Index { get; }

    /// <summary>The result of the previous step: the prompt's answer (string, decimal, bool, <see cref="FoundChoice"/>, ...) or null (skipped, first step).</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with; only on the turn it began.</summary>
    public object? Options { get; }

    /// <summary>Values kept across turns (and restarts) for the life of this waterfall.</summary>
    public DialogValues Values { get; }

    /// <summary>Asks with prompt <paramref name="dialogId"/>; the answer becomes the next step's <see cref="Result"/>. "back" returns to such questions.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var asked = DialogValues.ObjectIn(_instance.State, WaterfallDialog.AskedKey);
        asked[Index.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
        {
            ["dialog"] = dialogId,
            ["options"] = JsonSerializer.SerializeToNode(options, ProtocolJson.ContentOptions),
        };
        return Context.PromptAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Begins any child dialog; its result becomes the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Goes straight on to the next step with <paramref name="result"/> (the waterfall ends after the last).</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_moved)
        {
            throw new InvalidOperationException("NextAsync was already called in this step.");
        }
        _moved = true;
        return _waterfall.RunStepAsync(Context, Index + 1, result, cancellationToken);
    }

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Sends a plain text message.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken = default) => Turn.SendTextAsync(text, cancellationToken);
}
