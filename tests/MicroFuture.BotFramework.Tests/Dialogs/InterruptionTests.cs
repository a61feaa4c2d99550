using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using static MicroFuture.BotFramework.Tests.Dialogs.SampleDialogs;

namespace MicroFuture.BotFramework.Tests.Dialogs;

public sealed class InterruptionTests
{
    private static TestFlow AtBudget() => DialogTestClient.For(Form()).Flow()
        .Send("hi").AssertReply(TitleQuestion)
        .Send("Solar").AssertReply(BudgetQuestion);

    [Fact]
    public async Task Help_AtFirstAndSecondStep_ExplainsStepThenReasksAndContinues()
    {
        // Act + Assert
        await DialogTestClient.For(Form()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("help").AssertReply(TitleHelp).AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .Send("HELP").AssertReply(BudgetHelp).AssertReply(BudgetQuestion)
            .Send("120k").AssertReply(TypeQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_OnChoiceStepWithoutOwnHelp_DefaultTextThenCardAgain()
    {
        // Act + Assert
        await AtBudget()
            .Send("120k").AssertReply(TypeQuestion)
            .Send("?").AssertReply(new InterruptionOptions().DefaultHelpText)
            .AssertReply(activity => Assert.Equal(2, Cards.Buttons(activity).Count))
            .SendValue("""{"choice":"Research"}""").AssertReply(StartQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Status_AtSeveralSteps_SaysStepNumberThenReasks()
    {
        // Act + Assert
        await DialogTestClient.For(Form()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("status").AssertReply("Step 1 of 5.").AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .Send("120k").AssertReply(TypeQuestion)
            .Send("progress").AssertReply("Step 3 of 5.").AssertReply(TypeQuestion)
            .Send("research").AssertReply(StartQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Status_CustomText_UsesValuesSoFar()
    {
        // Arrange
        var words = new InterruptionOptions { StatusText = p => $"{p.Values.Names.Count()} answers, question {p.StepNumber}/{p.StepCount}" };
        var dialog = new ComponentDialog("c")
            .AddDialog(new WaterfallDialog("w", words)
                .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("A?"), ct))
                .AddStep((step, ct) =>
                {
                    step.Values.Set("a", step.Result);
                    return step.PromptAsync("text", PromptOptions.Ask("B?"), ct);
                })
                .AddStep((step, ct) => step.EndDialogAsync(step.Result, ct)))
            .AddDialog(new TextPrompt("text"));

        // Act + Assert
        await DialogTestClient.For(dialog).Flow()
            .Send("go").AssertReply("A?")
            .Send("1").AssertReply("B?")
            .Send("status").AssertReply("1 answers, question 2/3").AssertReply("B?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ConfirmedWithYes_CancelsWholeDialog()
    {
        // Act + Assert
        await AtBudget()
            .Send("cancel").AssertReply(activity =>
            {
                Assert.Equal("Are you sure you want to cancel?", activity.Text);
                Assert.Equal([("Yes", "yes"), ("No", "no")], Cards.Buttons(activity));
            })
            .Send("yes").AssertReply("Cancelled.").AssertReply("[Cancelled]")
            .Send("hi again").AssertReply(TitleQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ConfirmedWithButton_Cancels()
    {
        // Act + Assert
        await AtBudget()
            .Send("cancel").AssertReply("Are you sure you want to cancel?")
            .SendValue("""{"choice":"yes"}""").AssertReply("Cancelled.").AssertReply("[Cancelled]")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_AnsweredNo_ReasksCurrentQuestionAndContinues()
    {
        // Act + Assert
        await AtBudget()
            .Send("cancel").AssertReply("Are you sure you want to cancel?")
            .Send("no").AssertReply(BudgetQuestion)
            .Send("120k").AssertReply(TypeQuestion)
            .Send("innovation").AssertReply(StartQuestion)
            .Send("2026-01-31").AssertReply("[Complete] Solar | 120000 | Innovation | 2026-01-31")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_UnclearAnswer_AsksConfirmationAgain()
    {
        // Act + Assert
        await AtBudget()
            .Send("cancel").AssertReply("Are you sure you want to cancel?")
            .Send("120k").AssertReply("Are you sure you want to cancel?")
            .Send("n").AssertReply(BudgetQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_FromThirdQuestion_ReasksSecondAndUsesNewAnswer()
    {
        // Act + Assert
        await AtBudget()
            .Send("120k").AssertReply(TypeQuestion)
            .Send("back").AssertReply(BudgetQuestion)
            .Send("back").AssertReply(TitleQuestion)
            .Send("Wind").AssertReply(BudgetQuestion)
            .Send("90k").AssertReply(TypeQuestion)
            .Send("2").AssertReply(StartQuestion)
            .Send("back").AssertReply(TypeQuestion)
            .Send("1").AssertReply(StartQuestion)
            .Send("March 2026").AssertReply("[Complete] Wind | 90000 | Research | 2026-03-01")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_AtFirstQuestion_SaysItCannotAndReasks()
    {
        // Act + Assert
        await DialogTestClient.For(Form()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("back").AssertReply("This is the first question; there is nothing to go back to.").AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_OnOptionalQuestion_MovesOnWithNullResult()
    {
        // Act + Assert
        await AtBudget()
            .Send("120k").AssertReply(TypeQuestion)
            .Send("skip").AssertReply(StartQuestion)
            .Send("2026-05-01").AssertReply("[Complete] Solar | 120000 | none | 2026-05-01")
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_OnRequiredQuestions_SaysItCannotAndReasks()
    {
        // Act + Assert
        await DialogTestClient.For(Form()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("skip").AssertReply("This question is required and cannot be skipped.").AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .Send("skip").AssertReply("This question is required and cannot be skipped.").AssertReply(BudgetQuestion)
            .Send("1k").AssertReply(TypeQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptions_CustomWords_ReplaceDefaults()
    {
        // Arrange
        var words = new InterruptionOptions { HelpWords = ["aiuto"], CancelWords = ["annulla"], CancelConfirmText = "Sicuro?", CancelledText = "Annullato." };
        var dialog = new ComponentDialog("c")
            .AddDialog(new WaterfallDialog("w", words)
                .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Titolo?"), ct), help: "Un nome breve.")
                .AddStep((step, ct) => step.EndDialogAsync(step.Result, ct)))
            .AddDialog(new TextPrompt("text"));

        // Act + Assert: "help" is now an ordinary answer
        await DialogTestClient.For(dialog).Flow()
            .Send("go").AssertReply("Titolo?")
            .Send("aiuto").AssertReply("Un nome breve.").AssertReply("Titolo?")
            .Send("annulla").AssertReply("Sicuro?")
            .Send("sì").AssertReply("Annullato.").AssertReply("[Cancelled]")
            .Send("go").AssertReply("Titolo?")
            .Send("help").AssertReply("[Complete] help")
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptions_PendingCancelSurvivesRestart()
    {
        // Arrange
        var storage = new BotFramework.State.MemoryStorage();
        await DialogTestClient.For(Form(), storage).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("cancel").AssertReply("Are you sure you want to cancel?")
            .StartTestAsync();

        // Act + Assert
        await DialogTestClient.For(Form(), storage).Flow()
            .Send("no").AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .StartTestAsync();
    }

    private static Dialog FormInsideOuter() => new ComponentDialog("outer")
        .AddDialog(new WaterfallDialog("outer-steps")
            .AddStep((step, ct) => step.BeginDialogAsync("form", null, ct))
            .AddStep((step, ct) => step.EndDialogAsync($"outer got: {step.Result}", ct)))
        .AddDialog(Form());

    [Fact]
    public async Task Cancel_InNestedComponent_CancelsOuterDialogToo()
    {
        // Act + Assert
        await DialogTestClient.For(FormInsideOuter()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .Send("cancel").AssertReply("Are you sure you want to cancel?")
            .Send("yes").AssertReply("Cancelled.").AssertReply("[Cancelled]")
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptions_InNestedComponent_HelpBackSkipThenResultReachesOuter()
    {
        // Act + Assert
        await DialogTestClient.For(FormInsideOuter()).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("help").AssertReply(TitleHelp).AssertReply(TitleQuestion)
            .Send("Solar").AssertReply(BudgetQuestion)
            .Send("back").AssertReply(TitleQuestion)
            .Send("Wind").AssertReply(BudgetQuestion)
            .Send("50k").AssertReply(TypeQuestion)
            .Send("skip").AssertReply(StartQuestion)
            .Send("status").AssertReply("Step 4 of 5.").AssertReply(StartQuestion)
            .Send("Q2 2026").AssertReply("[Complete] outer got: Wind | 50000 | none | 2026-04-01")
            .StartTestAsync();
    }
}
