using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Help;

/// <summary>
/// Welcome on install or when members are added (once per conversation), <c>help</c>, and an answer to anything not
/// understood: a free question goes to the knowledge answers when the bot has a knowledge index, else a pointer to help.
/// </summary>
public sealed class WelcomeAndHelpFeature(HelpCatalog catalog, IServiceProvider services) : IBotFeature
{
    private const string WelcomeStateKey = "welcome";

    public void Register(ActivityRouter router)
    {
        router
            .OnActivity(ActivityTypes.InstallationUpdate, OnInstallationUpdateAsync)
            .OnActivity(ActivityTypes.ConversationUpdate, OnConversationUpdateAsync)
            .OnMessage("help|\\?|/help|hi|hello", SendHelpAsync)
            .OnUnmatchedMessage(OnUnmatchedAsync);
    }

    private Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action is "add" or "add-upgrade" ? WelcomeOnceAsync(turn, cancellationToken) : Task.CompletedTask;

    private Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // Teams lists the user(s) and the bot itself in membersAdded; either means someone new is here.
        var added = turn.Activity.MembersAdded ?? [];
        return added.Count > 0 ? WelcomeOnceAsync(turn, cancellationToken) : Task.CompletedTask;
    }

    private async Task WelcomeOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var welcome = turn.State.Conversation.Get<WelcomeState>(WelcomeStateKey);
        if (welcome.Sent)
        {
            return;
        }
        welcome.Sent = true;
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Welcome to MicroFuture! " + HelpCard.Intro + " Type **help** at any time to see what I can do.",
            TextFormat = "markdown",
            Attachments = [HelpCard.Create(catalog)],
        };
        await turn.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendHelpAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [HelpCard.Create(catalog)];
        reply.Summary = HelpCard.AsText(catalog);
        await turn.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private Task OnUnmatchedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var said = turn.Activity.Text?.Trim();
        // Resolved per turn: the knowledge answers are registered by another part of the host (a host may leave them out).
        if (!string.IsNullOrEmpty(said) && services.GetService<KnowledgeChat>() is { } knowledge)
        {
            return knowledge.AnswerAsync(turn, said, cancellationToken);
        }
        var text = string.IsNullOrEmpty(said)
            ? "I did not get a message I can read. Type **help** to see what I can do."
            : $"I don't know how to answer \"{Shorten(said)}\" yet. Type **help** to see what I can do.";
        return turn.SendMarkdownAsync(text, cancellationToken);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private sealed class WelcomeState
    {
        public bool Sent { get; set; }
    }
}
