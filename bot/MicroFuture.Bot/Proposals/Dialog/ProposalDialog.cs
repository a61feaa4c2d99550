using System.Globalization;
using MicroFuture.Bot.Proposals.Export;
using MicroFuture.Bot.Proposals.Store;
using MicroFuture.Bot.Schedule;
using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// The policy change clinic: walks a partner through a policy-improvement proposal section by section (domain B3/B6
/// action-plan logic), saving every answer into the draft as it is given, then reviews and exports it.
/// Begin it with the draft id in <see cref="ActiveProposal"/>; options <see cref="ReviewOnly"/> go straight to review.
/// </summary>
public sealed class ProposalDialog : ComponentDialog
{
    /// <summary>Begin options that skip the questions and show the review card.</summary>
    public const string ReviewOnly = "review";

    /// <summary>Begin options prefix that asks from one section on (back from the next section's first question).</summary>
    public const string FromPrefix = "from:";

    public const string ExamplesHint = " Say **show examples** to see examples from the project's knowledge.";

    private const string MainId = "proposal-main";
    private const string TextId = "text";
    private const string ChoiceId = "choice";
    private const string ConfirmId = "confirm";
    private const string AmountId = "amount";
    private const string TimeframeId = "timeframe";
    private const string ReviewId = "review";
    private const string InspirationsId = "section:inspirations";
    private const string ActionId = "section:actions";
    private const string CostId = "cost";
    private const string OtherChoice = "other";
    private const string DoneChoice = "done";
    private const string ClearChoice = "clear";

    private static readonly string[] StatusWords = ["status", "progress", "where am i"];
    private static readonly string[] ExampleWords = ["show examples", "examples", "show example", "example"];

    private readonly ProposalStore _store;
    private readonly ProjectDirectory _directory;
    private readonly GoodPractices _goodPractices;
    private readonly ProposalExamples _examples;
    private readonly ProposalExporter _exporter;

    public ProposalDialog(ProposalStore store, ProjectDirectory directory, GoodPractices goodPractices, ProposalExamples examples, ProposalExporter exporter)
        : base("proposal")
    {
        _store = store;
        _directory = directory;
        _goodPractices = goodPractices;
        _examples = examples;
        _exporter = exporter;

        AddDialog(Main());
        AddDialog(new TextPrompt(TextId, AnswerRules.Text));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new ConfirmPrompt(ConfirmId));
        AddDialog(new NumberPrompt(AmountId, "EUR"));
        AddDialog(new DateRangePrompt(TimeframeId, AnswerRules.Timeframe));
        AddDialog(new ReviewPrompt(ReviewId));
        AddDialog(Section(ProposalSections.Partner,
            new ProposalQuestion(AskPartnerAsync, (d, r) => d.PartnerName = ((FoundChoice)r).Value, "Pick the partner organisation the proposal is for; yours is listed first."),
            new ProposalQuestion(AskTerritoryAsync, (d, r) => d.Territory = (string)r, "The region, county or city whose policy the proposal changes, e.g. Bucharest-Ilfov region.")));
        AddDialog(Section(ProposalSections.Instrument,
            new ProposalQuestion(Text("Which **policy instrument** does the proposal improve? Give its name." + ExamplesHint), (d, r) => d.PolicyInstrument.Name = (string)r,
                "The policy instrument is the programme, strategy or law the proposal changes, e.g. the regional ERDF programme 2021-2027." + ExamplesHint),
            new ProposalQuestion(Text("Which **managing authority** runs it?"), (d, r) => d.PolicyInstrument.ManagingAuthority = (string)r,
                "The body that manages the instrument, e.g. the regional government's managing authority for ERDF."),
            new ProposalQuestion(Choice("Which **kind** of instrument is it?", Enum.GetValues<PolicyInstrumentKind>().Select(k => (ProposalFormat.Label(k), k.ToString()))),
                (d, r) => d.PolicyInstrument.Kind = Enum.Parse<PolicyInstrumentKind>(((FoundChoice)r).Value),
                "Investment for Jobs and Growth programmes are the ERDF/ESF+ programmes; anything else is another regional instrument.")));
        AddDialog(Section(ProposalSections.Problem,
            new ProposalQuestion(Text("What **problem or gap** of the instrument does the proposal answer?" + ExamplesHint), (d, r) => d.Problem = (string)r,
                "Describe what does not work today, for whom, and why it matters, e.g. vulnerable entrepreneurs cannot get microcredit without guarantees." + ExamplesHint)));
        AddDialog(Inspirations());
        AddDialog(Section(ProposalSections.Improvement,
            new ProposalQuestion(Choice("Which **kind of improvement** is it?", Enum.GetValues<ImprovementKind>().Select(k => (ProposalFormat.Label(k), k.ToString()))),
                (d, r) => d.ImprovementKind = Enum.Parse<ImprovementKind>(((FoundChoice)r).Value),
                "New projects funded: the instrument finances new projects. Change in management: calls, monitoring or evaluation change. Change in strategic focus: its objectives change.")));
        AddDialog(Action());
        AddDialog(Cost());
        AddDialog(Section(ProposalSections.ExpectedResults,
            new ProposalQuestion(Text("What **results** do you expect?"), (d, r) => d.ExpectedResults = (string)r, "What will be different when the actions are done, ideally with numbers (e.g. 200 more microloans a year).")));
        AddDialog(Section(ProposalSections.Monitoring,
            new ProposalQuestion(Text("How will you **monitor** these results?"), (d, r) => d.Monitoring = (string)r, "Who checks progress, how often, and with which indicators or data.")));
        AddDialog(Section(ProposalSections.ApprovalPath,
            new ProposalQuestion(Text("What is the **approval path**? Who has to approve the change, and how?"), (d, r) => d.ApprovalPath = (string)r,
                "E.g. the managing authority proposes it, the monitoring committee approves it in its spring meeting.")));
        AddDialog(Section(ProposalSections.Risks,
            new ProposalQuestion(Text("What **risks** do you see, and how will you handle them? (optional: say **skip**)"), (d, r) => d.Risks = (string)r,
                "Risks that could stop or delay the change, and what you would do about them. This question is optional: say skip.", Optional: true)));
        InitialDialogId = MainId;
    }

    /// <summary>How the dialog answers help / cancel / back / skip; status is answered by the component with the draft's progress.</summary>
    public static InterruptionOptions Interruptions { get; } = new()
    {
        StatusWords = [],
        DefaultHelpText = "Answer the question below. You can also say **back**, **skip** (optional questions), **status** or **cancel**.",
        CancelConfirmText = "Stop working on this proposal now? Every answer so far is saved; `my proposals` lets you resume it later.",
        CancelledText = "Stopped. Your answers are saved: type `my proposals` to resume.",
    };

    // In the cost questions "back" is left to the action around them, which asks the timeframe again.
    private static InterruptionOptions CostInterruptions { get; } = new()
    {
        StatusWords = [],
        BackWords = [],
        DefaultHelpText = Interruptions.DefaultHelpText,
        CancelConfirmText = Interruptions.CancelConfirmText,
        CancelledText = Interruptions.CancelledText,
    };

    /// <summary>Status (with the draft's progress) and "show examples", at any question, before the steps see the message.</summary>
    public override async Task<DialogTurnResult?> InterruptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) || !dc.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return null;
        }
        var active = ActiveProposal.Of(dc.Turn);
        string? say = null;
        if (StatusWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            say = await StatusAsync(dc, active, cancellationToken).ConfigureAwait(false);
        }
        else if (Interruptions.BackWords.Contains(text, StringComparer.OrdinalIgnoreCase) && PreviousSection(active) is { } previous)
        {
            // Back from a section's first question: that section's own waterfall has nothing earlier, so the whole
            // previous section is asked again (its answers stay saved until replaced).
            await dc.Turn.SendMarkdownAsync($"Back to **{previous.Title}**.", cancellationToken).ConfigureAwait(false);
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await dc.BeginDialogAsync(Id, FromPrefix + previous.Key, cancellationToken).ConfigureAwait(false);
        }
        else if (active.SectionKey is not null && (text.Equals(ReviewCard.EditCommand, StringComparison.Ordinal) || text.Equals(ReviewCard.ExportCommand, StringComparison.Ordinal)))
        {
            // A button of an earlier review card: not an answer to this question.
            say = "That button belongs to an earlier review. Please answer this question first; the review comes at the end.";
        }
        else if (ExampleWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            say = ProposalExamples.Offers(active.SectionKey)
                ? await _examples.ForAsync(active.SectionKey!, cancellationToken).ConfigureAwait(false)
                : "Examples are offered at the policy instrument, problem and good-practice questions.";
        }
        if (say is null)
        {
            return null;
        }
        await dc.Turn.SendMarkdownAsync(say, cancellationToken).ConfigureAwait(false);
        await RepromptAsync(dc, instance, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    private static int Position(ProposalSection section) => ProposalSections.All.TakeWhile(s => s != section).Count();

    private static ProposalSection? PreviousSection(ActiveProposal active)
    {
        var index = active.AtSectionStart && active.SectionKey is { } key && ProposalSections.Find(key) is { } section ? Position(section) : -1;
        return index > 0 ? ProposalSections.All[index - 1] : null;
    }

    private async Task<string> StatusAsync(DialogContext dc, ActiveProposal active, CancellationToken cancellationToken)
    {
        if (active.DraftId is null || await _store.GetAsync(dc.Turn.Activity.From!, active.DraftId, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return "This proposal is no longer there.";
        }
        var (done, total) = ProposalSections.Progress(draft);
        var now = active.SectionKey is { } key && ProposalSections.Find(key) is { } section ? $" Now: {section.Title}." : "";
        return $"**{ReviewCard.Name(draft)}**: {done} of {total} sections answered.{now}";
    }

    // ---- the main flow: each section in turn (answered ones are passed over when resuming), then the review ----

    private WaterfallDialog Main()
    {
        var main = new WaterfallDialog(MainId, Interruptions);
        foreach (var section in ProposalSections.All)
        {
            main.AddStep(async (step, ct) =>
            {
                if (step.Options is string begun)
                {
                    step.Values.Set("mode", begun);
                }
                var mode = step.Values.Get<string>("mode");
                if (mode == ReviewOnly)
                {
                    // Straight to the review: no section is asked, so the draft need not be read.
                    return await step.NextAsync(null, ct).ConfigureAwait(false);
                }
                var draft = await DraftAsync(step, ct).ConfigureAwait(false);
                var target = mode?.StartsWith(FromPrefix, StringComparison.Ordinal) == true ? ProposalSections.Find(mode[FromPrefix.Length..]) : null;
                var passOver = draft is null || (target is null
                    ? section.IsComplete(draft)
                    : Position(section) < Position(target) || (section != target && section.IsComplete(draft)));
                return passOver
                    ? await step.NextAsync(null, ct).ConfigureAwait(false)
                    : await step.BeginDialogAsync(SectionId(section), null, ct).ConfigureAwait(false);
            });
        }
        main.AddStep(async (step, ct) =>
        {
            SetSection(step, null);
            if (await DraftAsync(step, ct).ConfigureAwait(false) is not { } draft)
            {
                await step.SendTextAsync("This proposal is no longer there.", ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }
            var review = new Activity { Type = ActivityTypes.Message, Text = "Here is your proposal. Edit any section, or export it.", Attachments = [ReviewCard.Create(draft)] };
            return await step.PromptAsync(ReviewId, new PromptOptions { Prompt = review }, ct).ConfigureAwait(false);
        }, help: "Press **Edit** under a section to change it, or **Export** to get the proposal as a Word document and as Markdown.");
        main.AddStep(async (step, ct) =>
        {
            var choice = (string)step.Result!;
            if (choice != ReviewPrompt.Export)
            {
                return await step.BeginDialogAsync(SectionId(ProposalSections.Find(choice)!), null, ct).ConfigureAwait(false);
            }
            await ExportAsync(step, ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        });
        // An edited section has ended: back to the review with the new answer.
        main.AddStep((step, ct) => step.Context.ReplaceDialogAsync(MainId, ReviewOnly, ct));
        return main;
    }

    private async Task ExportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("The draft disappeared during export.");
        var docx = await _exporter.ExportAsync(draft, ProposalExportFormat.Docx, cancellationToken).ConfigureAwait(false);
        var markdown = await _exporter.ExportAsync(draft, ProposalExportFormat.Markdown, cancellationToken).ConfigureAwait(false);
        var ready = ProposalSections.IsReady(draft) ? "" : " Some required sections are still empty; the documents show them as not answered.";
        var expires = docx.ExpiresUtc.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        await step.Context.Turn.SendMarkdownAsync(
            $"Your proposal **{ReviewCard.Name(draft)}** is ready.{ready}\n\n- Word: [{docx.FileName}]({docx.Url.AbsoluteUri})\n- Markdown: [{markdown.FileName}]({markdown.Url.AbsoluteUri})\n\n" +
            $"The links work until {expires}. The draft stays in `my proposals` for more changes.",
            cancellationToken).ConfigureAwait(false);
    }

    // ---- sections ----

    private WaterfallDialog Section(ProposalSection section, params ProposalQuestion[] questions)
    {
        var dialog = new WaterfallDialog(SectionId(section), Interruptions);
        for (var i = 0; i <= questions.Length; i++)
        {
            var previous = i == 0 ? null : questions[i - 1];
            var next = i < questions.Length ? questions[i] : null;
            dialog.AddStep(async (step, ct) =>
            {
                SetSection(step, section.Key, atStart: previous is null);
                if (previous is not null && step.Result is { } answer)
                {
                    await SaveAsync(step, d => previous.Save(d, answer), ct).ConfigureAwait(false);
                }
                return next is null ? await step.EndDialogAsync(null, ct).ConfigureAwait(false) : await next.Ask(step, ct).ConfigureAwait(false);
            }, help: next?.Help, optional: next?.Optional ?? false);
        }
        return dialog;
    }

    private async Task<DialogTurnResult> AskPartnerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var mine = _directory.PartnerOf(step.Turn.Activity.From);
        var partners = _directory.Partners.OrderBy(p => p == mine ? 0 : 1).Select(p => (p.Name, p.Name)).ToList();
        var question = mine is null
            ? "Let's draft a policy-improvement proposal. Which **partner** is it for?"
            : $"Let's draft a policy-improvement proposal. Which **partner** is it for? You are with **{mine.Name}** (first button).";
        return await Choice(question, partners)(step, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskTerritoryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(step, cancellationToken).ConfigureAwait(false);
        var country = draft?.PartnerName is { } name && _directory.FindPartner(name) is { } partner ? $" (in {partner.Country})" : "";
        return await Text($"Which **territory**{country} does the proposal concern?")(step, cancellationToken).ConfigureAwait(false);
    }

    // Lessons and good practices: one pick per round; the round repeats until "done".
    private WaterfallDialog Inspirations() => new WaterfallDialog(InspirationsId, Interruptions)
        .AddStep(async (step, ct) =>
        {
            SetSection(step, ProposalSections.Inspirations.Key, atStart: true);
            var draft = await DraftAsync(step, ct).ConfigureAwait(false);
            var chosen = draft?.Inspirations ?? [];
            var practices = await _goodPractices.ListAsync().ConfigureAwait(false);
            var choices = practices.Where(p => !chosen.Any(c => c.Title == p.Title)).Select(p => (p.Title, p.Key)).ToList();
            choices.Add(("Other (type your own)", OtherChoice));
            var question = "Which **lessons or good practices** inspire the proposal? Pick one at a time." + ExamplesHint;
            if (chosen.Count > 0)
            {
                choices.Add(("Done", DoneChoice));
                choices.Add(("Clear the list", ClearChoice));
                question = $"So far: {string.Join("; ", chosen.Select(c => c.Title))}.\n\nPick another, or **done**." + ExamplesHint;
            }
            return await Choice(question, choices)(step, ct).ConfigureAwait(false);
        }, help: "The good practices come from the project's knowledge, with their sources. Pick those that inspire your proposal, one at a time, or Other to describe your own lesson; say done when finished, or clear the list to start again." + ExamplesHint)
        .AddStep(async (step, ct) =>
        {
            var picked = ((FoundChoice)step.Result!).Value;
            if (picked == DoneChoice)
            {
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
            }
            if (picked == ClearChoice)
            {
                await SaveAsync(step, d => d.Inspirations.Clear(), ct).ConfigureAwait(false);
                return await step.Context.ReplaceDialogAsync(InspirationsId, null, ct).ConfigureAwait(false);
            }
            if (picked == OtherChoice)
            {
                SetSection(step, ProposalSections.Inspirations.Key, atStart: false);
                return await Text("Describe the lesson or practice (with its source, if you have one).")(step, ct).ConfigureAwait(false);
            }
            var practice = (await _goodPractices.ListAsync().ConfigureAwait(false)).First(p => p.Key == picked);
            await SaveAsync(step, d => d.Inspirations.Add(new Inspiration { Title = practice.Title, SourceUrl = practice.SourceUrl }), ct).ConfigureAwait(false);
            return await step.Context.ReplaceDialogAsync(InspirationsId, null, ct).ConfigureAwait(false);
        }, help: "Describe a lesson learnt or a practice you saw, in your own words.")
        .AddStep(async (step, ct) =>
        {
            var own = (string)step.Result!;
            await SaveAsync(step, d => d.Inspirations.Add(new Inspiration { Title = own }), ct).ConfigureAwait(false);
            return await step.Context.ReplaceDialogAsync(InspirationsId, null, ct).ConfigureAwait(false);
        });

    // One action per round (begun with its 0-based index); "add another?" repeats the round with the next index.
    private WaterfallDialog Action() => new WaterfallDialog(ActionId, Interruptions)
        .AddStep(async (step, ct) =>
        {
            step.Values.Set("index", step.Options as int? ?? 0);
            SetSection(step, ProposalSections.Actions.Key, atStart: step.Values.Get<int>("index") == 0);
            return await Text($"**Action {ActionNumber(step)}**: what will be done?")(step, ct).ConfigureAwait(false);
        }, help: "An action is one concrete step that changes the instrument, e.g. open a call for microcredit guarantee projects.")
        .AddStep(async (step, ct) =>
        {
            var description = (string)step.Result!;
            SetSection(step, ProposalSections.Actions.Key, atStart: false);
            await SaveActionAsync(step, a => a.Description = description, ct).ConfigureAwait(false);
            return await Text("Which **players** are involved?")(step, ct).ConfigureAwait(false);
        }, help: "The organisations and people who carry out or must agree to the action.")
        .AddStep(async (step, ct) =>
        {
            var players = (string)step.Result!;
            await SaveActionAsync(step, a => a.Players = players, ct).ConfigureAwait(false);
            return await step.PromptAsync(TimeframeId, PromptOptions.Ask("What is the **timeframe**? Give start and end, e.g. `March 2026 to December 2027` or `2026-03-01 to 2026-12-31`."), ct).ConfigureAwait(false);
        }, help: $"Start and end of the action, no earlier than {DateParsing.Show(AnswerRules.ProjectStart)} (when MICROFUTURE started) and no later than {AnswerRules.Horizon.Year}. Months and quarters work: `Q2 2026 to Q4 2027`.")
        .AddStep(async (step, ct) =>
        {
            var range = (DateRange)step.Result!;
            var said = step.Turn.Activity.Text;
            await SaveActionAsync(step, a => TimeframeText.Apply(a, range, said), ct).ConfigureAwait(false);
            return await step.BeginDialogAsync(CostId, null, ct).ConfigureAwait(false);
        })
        .AddStep(async (step, ct) =>
        {
            var cost = (decimal)step.Result!;
            await SaveActionAsync(step, a => a.EstimatedCostEur = cost, ct).ConfigureAwait(false);
            return await Text("Which **funding sources** will pay for it?")(step, ct).ConfigureAwait(false);
        }, help: "E.g. ERDF through the regional programme, the region's own budget, a national fund.")
        .AddStep(async (step, ct) =>
        {
            var funding = (string)step.Result!;
            await SaveActionAsync(step, a => a.FundingSources = funding, ct).ConfigureAwait(false);
            return await step.PromptAsync(ConfirmId, PromptOptions.Ask("Add another action?"), ct).ConfigureAwait(false);
        }, help: "Yes to describe one more action, no to go on to the expected results.")
        .AddStep(async (step, ct) =>
        {
            var index = step.Values.Get<int>("index");
            if ((bool)step.Result!)
            {
                return await step.Context.ReplaceDialogAsync(ActionId, index + 1, ct).ConfigureAwait(false);
            }
            // Answering the actions again (edit) replaces the list: actions beyond the last one answered go.
            await SaveAsync(step, d => d.Actions.RemoveRange(index + 1, Math.Max(0, d.Actions.Count - index - 1)), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        });

    // The cost, confirmed back ("EUR 120,000 — right?"); "no" asks it again.
    private static WaterfallDialog Cost() => new WaterfallDialog(CostId, CostInterruptions)
        .AddStep((step, ct) => step.PromptAsync(AmountId, new PromptOptions
        {
            Prompt = PromptOptions.Ask("What is the **estimated cost** in EUR? E.g. `120000`, `120k` or `EUR 1.2m`.").Prompt,
            Min = 0,
            Max = AnswerRules.MaxCostEur,
        }, ct), help: $"Your best estimate in euro, from 0 to {ProposalFormat.Eur(AnswerRules.MaxCostEur)}; 120k and 1.2m work.")
        .AddStep((step, ct) =>
        {
            var amount = (decimal)step.Result!;
            step.Values.Set("amount", amount);
            return step.PromptAsync(ConfirmId, PromptOptions.Ask($"EUR {ProposalFormat.Eur(amount)} — right?"), ct);
        }, help: "Yes keeps this amount; no lets you type it again.")
        .AddStep((step, ct) => (bool)step.Result!
            ? step.EndDialogAsync(step.Values.Get<decimal>("amount"), ct)
            : step.Context.ReplaceDialogAsync(CostId, null, ct));

    // ---- helpers ----

    private static string SectionId(ProposalSection section) => "section:" + section.Key;

    private static int ActionNumber(WaterfallStepContext step) => step.Values.Get<int>("index") + 1;

    private static void SetSection(WaterfallStepContext step, string? key, bool atStart = false)
    {
        var active = ActiveProposal.Of(step.Turn);
        active.SectionKey = key;
        active.AtSectionStart = atStart;
    }

    private static Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>> Text(string question) =>
        (step, ct) => step.PromptAsync(TextId, PromptOptions.Ask(question), ct);

    private static Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>> Choice(string question, IEnumerable<(string Title, string Value)> choices) =>
        (step, ct) =>
        {
            var options = PromptOptions.Ask(question);
            options.Choices = [.. choices.Select(c => new Choice { Title = c.Title, Value = c.Value })];
            return step.PromptAsync(ChoiceId, options, ct);
        };

    private Task<ProposalDraft?> DraftAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ActiveProposal.Of(step.Turn).DraftId is { } id ? _store.GetAsync(step.Turn.Activity.From!, id, cancellationToken) : Task.FromResult<ProposalDraft?>(null);

    private Task SaveAsync(WaterfallStepContext step, Action<ProposalDraft> change, CancellationToken cancellationToken) =>
        ActiveProposal.Of(step.Turn).DraftId is { } id ? _store.UpdateAsync(step.Turn.Activity.From!, id, change, cancellationToken) : Task.CompletedTask;

    private Task SaveActionAsync(WaterfallStepContext step, Action<ProposalAction> change, CancellationToken cancellationToken)
    {
        var index = step.Values.Get<int>("index");
        return SaveAsync(step, d =>
        {
            while (d.Actions.Count <= index)
            {
                d.Actions.Add(new ProposalAction());
            }
            change(d.Actions[index]);
        }, cancellationToken);
    }
}
