using MicroFuture.BotFramework.Dialogs;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// One question of a section: how it is asked, where its answer goes in the draft (saved the moment it is given),
/// its help text, and whether it may be skipped.
/// </summary>
internal sealed record ProposalQuestion(
    Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>> Ask,
    Action<ProposalDraft, object> Save,
    string Help,
    bool Optional = false);
