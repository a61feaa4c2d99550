using System.Globalization;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Proposals.Dialog;
using MicroFuture.Bot.Proposals.Store;
using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Proposals;

/// <summary>
/// The policy change clinic in the conversation. While a proposal dialog runs, every message goes to it first (so
/// help, cancel, back, skip and status reach its steps); otherwise <c>new proposal</c>, <c>my proposals</c>,
/// <c>resume proposal &lt;n|name&gt;</c>, <c>rename proposal &lt;n&gt; to &lt;name&gt;</c> and
/// <c>delete proposal &lt;n&gt;</c> (confirmed) manage the author's drafts. Register it before the help feature.
/// </summary>
public sealed partial class ProposalFeature(ProposalDialog dialog, ProposalStore store) : IBotFeature
{
    private const string PendingDeleteKey = "proposalDelete";

    public void Register(ActivityRouter router)
    {
        // Pending delete first (its yes/no must not become an answer), then the running dialog; the proposal commands
        // themselves still work while it runs (switching drafts loses nothing: every answer is already saved).
        router
            .OnMessage(IsDeleteConfirmation, ConfirmDeleteAsync)
            .OnMessage(turn => IsDialogActive(turn) && !Command().IsMatch(turn.Activity.Text?.Trim() ?? ""), ContinueDialogAsync)
            .OnMessage(@"new\s+proposal(\s+.*)?", NewAsync)
            .OnMessage(@"(my\s+proposals|list\s+proposals)", ListAsync)
            .OnMessage(@"resume\s+proposal\s+.+", ResumeAsync)
            .OnMessage(@"rename\s+proposal\s+.+", RenameAsync)
            .OnMessage(@"delete\s+proposal\s+.+", DeleteAsync);
    }

    private static bool IsDialogActive(ITurnContext turn) =>
        turn.State.Conversation.Get<DialogState>(ActiveProposal.DialogStateKey).Stack.Count > 0;

    private static bool IsDeleteConfirmation(ITurnContext turn) =>
        turn.State.Conversation.Get<PendingDelete>(PendingDeleteKey).DraftId is not null;

    private Task ContinueDialogAsync(ITurnContext turn, CancellationToken cancellationToken) => RunAsync(turn, cancellationToken);

    private async Task NewAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var name = NewName().Match(turn.Activity.Text!.Trim()).Groups["name"].Value.Trim();
        var drafts = await store.ListAsync(turn.Activity.From!, cancellationToken).ConfigureAwait(false);
        var draft = await store.CreateAsync(turn.Activity.From!, name.Length > 0 ? name : $"Proposal {drafts.Count + 1}", cancellationToken).ConfigureAwait(false);
        await turn.SendMarkdownAsync($"New proposal **{draft.Name}** (number {drafts.Count + 1} in `my proposals`). Every answer is saved as you give it. Say **help** at any question, **back**, **status**, or **cancel** to stop for now.", cancellationToken).ConfigureAwait(false);
        await BeginAsync(turn, draft, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task ListAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var drafts = await store.ListAsync(turn.Activity.From!, cancellationToken).ConfigureAwait(false);
        if (drafts.Count == 0)
        {
            await turn.SendMarkdownAsync("You have no proposals yet. Type `new proposal` to start one.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var reply = turn.Activity.CreateReply(ProposalListCard.AsText(drafts));
        reply.TextFormat = "markdown";
        reply.Attachments = [ProposalListCard.Create(drafts)];
        await turn.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task ResumeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var said = AfterWordProposal(turn.Activity.Text!);
        if (await FindAsync(turn, said, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return;
        }
        var (done, total) = ProposalSections.Progress(draft);
        await turn.SendMarkdownAsync($"Resuming **{draft.Name}** ({done} of {total} sections answered).", cancellationToken).ConfigureAwait(false);
        var next = ProposalSections.FirstIncomplete(draft);
        await BeginAsync(turn, draft, next is null ? ProposalDialog.ReviewOnly : null, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenameAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var match = Rename().Match(turn.Activity.Text!.Trim());
        var which = match.Success ? match.Groups["which"].Value : RenameFromCard().Match(turn.Activity.Text!.Trim()).Groups["which"].Value;
        var name = match.Success ? match.Groups["name"].Value.Trim() : CardField(turn.Activity, "name")?.Trim();
        if (which.Length == 0 || string.IsNullOrEmpty(name))
        {
            await turn.SendMarkdownAsync("Write it as `rename proposal <number> to <new name>`, e.g. `rename proposal 2 to Microcredit guarantees`.", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (await FindAsync(turn, which, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return;
        }
        await store.UpdateAsync(turn.Activity.From!, draft.Id, d => d.Name = name, cancellationToken).ConfigureAwait(false);
        await turn.SendMarkdownAsync($"Renamed **{draft.Name}** to **{name}**.", cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var said = AfterWordProposal(turn.Activity.Text!);
        if (await FindAsync(turn, said, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return;
        }
        turn.State.Conversation.Set(PendingDeleteKey, new PendingDelete { DraftId = draft.Id });
        var question = turn.Activity.CreateReply($"Delete **{draft.Name}** for good? This cannot be undone.");
        question.TextFormat = "markdown";
        BotFramework.Dialogs.Prompts.ConfirmPrompt.AttachButtons(question, "Delete", "Keep");
        await turn.SendActivityAsync(question, cancellationToken).ConfigureAwait(false);
    }

    private async Task ConfirmDeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var pending = turn.State.Conversation.Get<PendingDelete>(PendingDeleteKey);
        var answer = BotFramework.Dialogs.Prompts.ConfirmPrompt.Recognize(turn.Activity);
        turn.State.Conversation.Remove(PendingDeleteKey);
        if (answer != true)
        {
            await turn.SendMarkdownAsync("Kept. Nothing was deleted.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var deleted = await store.DeleteAsync(turn.Activity.From!, pending.DraftId!, cancellationToken).ConfigureAwait(false);
        if (ActiveProposal.Of(turn).DraftId == pending.DraftId)
        {
            // The running dialog was filling this draft: it stops too.
            await new DialogSet().Add(dialog).CreateContext(turn, ActiveProposal.DialogStateKey).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            turn.State.Conversation.Remove(ActiveProposal.StateKey);
        }
        await turn.SendMarkdownAsync(deleted ? "Deleted." : "That proposal was already gone.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A draft of the author by its number in <c>my proposals</c> or by its name; says so when there is none.</summary>
    private async Task<ProposalDraft?> FindAsync(ITurnContext turn, string said, CancellationToken cancellationToken)
    {
        var drafts = await store.ListAsync(turn.Activity.From!, cancellationToken).ConfigureAwait(false);
        var draft = int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number >= 1 && number <= drafts.Count ? drafts[number - 1] : null)
            : drafts.FirstOrDefault(d => d.Id == said) ?? drafts.FirstOrDefault(d => string.Equals(d.Name.Trim(), said, StringComparison.OrdinalIgnoreCase));
        if (draft is null)
        {
            await turn.SendMarkdownAsync($"You have no proposal \"{said}\". Type `my proposals` to see yours.", cancellationToken).ConfigureAwait(false);
        }
        return draft;
    }

    private async Task BeginAsync(ITurnContext turn, ProposalDraft draft, string? mode, CancellationToken cancellationToken)
    {
        var active = ActiveProposal.Of(turn);
        active.DraftId = draft.Id;
        active.SectionKey = null;
        var dc = new DialogSet().Add(dialog).CreateContext(turn, ActiveProposal.DialogStateKey);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        var result = await dc.BeginDialogAsync(dialog.Id, mode, cancellationToken).ConfigureAwait(false);
        Finish(turn, result);
    }

    private async Task RunAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var result = await dialog.RunAsync(turn, ActiveProposal.DialogStateKey, cancellationToken).ConfigureAwait(false);
        Finish(turn, result);
    }

    // When the dialog has ended (export, cancel), the conversation is free for the other commands again.
    private static void Finish(ITurnContext turn, DialogTurnResult result)
    {
        if (result.Status != DialogTurnStatus.Waiting)
        {
            turn.State.Conversation.Remove(ActiveProposal.StateKey);
        }
    }

    // "resume proposal 2" → "2": what follows the command's second word.
    private static string AfterWordProposal(string text)
    {
        var trimmed = text.Trim();
        return trimmed[(trimmed.IndexOf("proposal", StringComparison.OrdinalIgnoreCase) + "proposal".Length)..].Trim();
    }

    private static string? CardField(Activity activity, string name) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value && value.TryGetProperty(name, out var field)
        && field.ValueKind == System.Text.Json.JsonValueKind.String ? field.GetString() : null;

    // Short one-line commands only: a long free-text answer that happens to start with "new proposal" stays an answer.
    [GeneratedRegex(@"^(?:new\s+proposal(?:\s+[^\n]{1,80})?|my\s+proposals|list\s+proposals|(?:resume|rename|delete)\s+proposal\s+[^\n]{1,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    [GeneratedRegex(@"^rename\s+proposal\s+(?<which>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameFromCard();

    [GeneratedRegex(@"^new\s+proposal(?:\s+(?<name>.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NewName();

    [GeneratedRegex(@"^rename\s+proposal\s+(?<which>.+?)\s+to\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Rename();

    private sealed class PendingDelete
    {
        public string? DraftId { get; set; }
    }
}
