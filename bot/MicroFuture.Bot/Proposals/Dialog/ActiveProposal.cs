using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// Which draft the conversation's proposal dialog is filling, and which section it is on (for "show examples").
/// Kept in conversation state beside the dialog stack, so both survive a restart together.
/// </summary>
public sealed class ActiveProposal
{
    /// <summary>Conversation state property of this record.</summary>
    public const string StateKey = "proposal";

    /// <summary>Conversation state property of the proposal dialog's stack.</summary>
    public const string DialogStateKey = "proposalDialogs";

    public string? DraftId { get; set; }

    public string? SectionKey { get; set; }

    /// <summary>Whether the question asked now is its section's first (where "back" leads to the previous section).</summary>
    public bool AtSectionStart { get; set; }

    public static ActiveProposal Of(ITurnContext turn) => turn.State.Conversation.Get<ActiveProposal>(StateKey);
}
