using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Dialogs;

public sealed class PromptTests
{
    /// <summary>A component that asks once with <paramref name="prompt"/> and completes with the answer rendered by <paramref name="show"/>.</summary>
    private static DialogTestClient Asking(Dialog prompt, PromptOptions options, Func<object?, string>? show = null) =>
        DialogTestClient.For(new ComponentDialog("ask")
            .AddDialog(new WaterfallDialog("steps")
                .AddStep((step, ct) => step.PromptAsync(prompt.Id, options, ct))
                .AddStep((step, ct) => step.EndDialogAsync(show is null ? step.Result : show(step.Result), ct)))
            .AddDialog(prompt));

    private static PromptOptions WithChoices(string question, params string[] values)
    {
        var options = PromptOptions.Ask(question, "Please pick one of the buttons.");
        options.Choices = Choice.From(values);
        return options;
    }

    [Fact]
    public async Task TextPrompt_EmojiAndMixedLanguages_KeptVerbatim()
    {
        // Arrange
        var client = Asking(new TextPrompt("text"), PromptOptions.Ask("Title?"));

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Title?")
            .Send("  Città 🌍 Solar – 太陽 project ✓ ").AssertReply("[Complete]   Città 🌍 Solar – 太陽 project ✓ ")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_TenThousandCharacters_RefusedByValidatorWithItsOwnMessage()
    {
        // Arrange
        var client = Asking(new TextPrompt("text", SampleDialogs.MaxLength(2000)), PromptOptions.Ask("Description?", "Description again?"));

        // Act + Assert: the validator's message replaces the retry prompt; a fitting answer is then accepted
        await client.Flow()
            .Send("go").AssertReply("Description?")
            .Send(new string('x', 10_000)).AssertReply("Please keep it under 2000 characters (you wrote 10000).")
            .AssertNoReply()
            .Send("   ").AssertReply("Please write something.")
            .Send("Short 😀").AssertReply("[Complete] Short 😀")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_CardClickWithoutText_ReasksWithRetryPrompt()
    {
        // Arrange
        var client = Asking(new TextPrompt("text"), PromptOptions.Ask("Title?", "Please type the title."));

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Title?")
            .SendValue("""{"choice":"x"}""").AssertReply("Please type the title.")
            .Send("T").AssertReply("[Complete] T")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_Question_ShowsAdaptiveCardButtonsCarryingValues()
    {
        // Arrange
        var client = Asking(new ChoicePrompt("choice"), WithChoices("Type?", "Research", "Innovation"));

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply(activity =>
            {
                Assert.Equal("Type?", activity.Text);
                Assert.Equal([("Research", "Research"), ("Innovation", "Innovation")], Cards.Buttons(activity));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_CardSubmitValue_ChoosesThatValue()
    {
        // Arrange
        var client = Asking(new ChoicePrompt("choice"), WithChoices("Type?", "Research", "Innovation"), r => ((FoundChoice)r!).Value);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Type?")
            .SendValue("""{"choice":"Innovation"}""").AssertReply("[Complete] Innovation")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_TypedTextAnyCaseOrNumber_Chosen()
    {
        // Arrange
        var options = WithChoices("Type?", "Research", "Innovation");

        // Act + Assert
        await Asking(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value).Flow()
            .Send("go").AssertReply("Type?")
            .Send("  INNOVATION ").AssertReply("[Complete] Innovation")
            .StartTestAsync();
        await Asking(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value).Flow()
            .Send("go").AssertReply("Type?")
            .Send("1").AssertReply("[Complete] Research")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_UnknownAnswerOrNumberOutOfRange_ReasksWithCard()
    {
        // Arrange
        var client = Asking(new ChoicePrompt("choice"), WithChoices("Type?", "Research", "Innovation"), r => ((FoundChoice)r!).Value);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Type?")
            .Send("Marketing").AssertReply(activity =>
            {
                Assert.Equal("Please pick one of the buttons.", activity.Text);
                Assert.Equal(2, Cards.Buttons(activity).Count);
            })
            .Send("3").AssertReply("Please pick one of the buttons.")
            .SendValue("""{"choice":"Sales"}""").AssertReply("Please pick one of the buttons.")
            .Send("research").AssertReply("[Complete] Research")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_Synonym_Chosen()
    {
        // Arrange
        var options = PromptOptions.Ask("Type?");
        options.Choices = [new Choice { Value = "R", Title = "Research", Synonyms = ["ricerca"] }, new Choice { Value = "I", Title = "Innovation" }];

        // Act + Assert
        await Asking(new ChoicePrompt("choice"), options, r => ((FoundChoice)r!).Value).Flow()
            .Send("go").AssertReply("Type?")
            .Send("Ricerca").AssertReply("[Complete] R")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", "True")]
    [InlineData("Y", "True")]
    [InlineData("ok", "True")]
    [InlineData("Sure!", "True")]
    [InlineData("sì", "True")]
    [InlineData("no", "False")]
    [InlineData("N", "False")]
    [InlineData("nope", "False")]
    public async Task ConfirmPrompt_TypedWord_Recognized(string answer, string expected)
    {
        // Arrange
        var client = Asking(new ConfirmPrompt("confirm"), PromptOptions.Ask("Proceed?"), r => r!.ToString()!);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply(activity => Assert.Equal([("Yes", "yes"), ("No", "no")], Cards.Buttons(activity)))
            .Send(answer).AssertReply($"[Complete] {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_ButtonClickAfterUnclearAnswer_Recognized()
    {
        // Arrange
        var client = Asking(new ConfirmPrompt("confirm"), PromptOptions.Ask("Proceed?", "Yes or no?"), r => r!.ToString()!);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Proceed?")
            .Send("maybe").AssertReply("Yes or no?")
            .SendValue("""{"choice":"no"}""").AssertReply("[Complete] False")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("120000")]
    [InlineData("120,000")]
    [InlineData("120 000")]
    [InlineData("120k")]
    [InlineData("EUR 120,000")]
    [InlineData("€120k")]
    [InlineData("120.000 EUR")]
    [InlineData("0.12m")]
    public async Task NumberPrompt_CommonFormats_RecognizedAsDecimal(string answer)
    {
        // Arrange
        var client = Asking(new NumberPrompt("amount", "EUR"), PromptOptions.Ask("Budget?"));

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Budget?")
            .Send(answer).AssertReply("[Complete] 120000")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_NotANumberOrOutOfRange_ExplainsAndReasks()
    {
        // Arrange
        var options = PromptOptions.Ask("Budget?");
        options.Min = 1_000;
        options.Max = 5_000_000;
        var client = Asking(new NumberPrompt("amount", "EUR"), options);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Budget?")
            .Send("a lot").AssertReply("Please enter an amount in EUR, e.g. 120000, 120k or 1.2m.").AssertReply("Budget?")
            .Send("500").AssertReply("The amount must be at least 1,000 EUR.").AssertReply("Budget?")
            .Send("6m").AssertReply("The amount must be at most 5,000,000 EUR.").AssertReply("Budget?")
            .Send("120.000,50").AssertReply("[Complete] 120000.5")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_Validator_CanRefuseRecognizedValue()
    {
        // Arrange
        PromptValidator<decimal> roundThousands = (context, _) => Task.FromResult(context.Recognized.Value % 1000 == 0);
        var client = Asking(new NumberPrompt("amount", "EUR", roundThousands), PromptOptions.Ask("Budget?", "Round thousands, please."));

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Budget?")
            .Send("1500").AssertReply("Round thousands, please.")
            .Send("2k").AssertReply("[Complete] 2000")
            .StartTestAsync();
    }

    [Fact]
    public async Task DatePrompt_ThirtyFirstFebruary_RefusedWithClearMessage()
    {
        // Arrange
        var client = Asking(new DatePrompt("date"), PromptOptions.Ask("Start?"), r => $"{((DateValue)r!).Date:yyyy-MM-dd} {((DateValue)r!).Precision}");

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Start?")
            .Send("31/02/2026").AssertReply("31 February 2026 does not exist: February 2026 has 28 days.").AssertReply("Start?")
            .Send("15 March 2026").AssertReply("[Complete] 2026-03-15 Day")
            .StartTestAsync();
    }

    [Fact]
    public async Task DatePrompt_MonthOnly_FirstDayWithMonthPrecision()
    {
        // Arrange
        var client = Asking(new DatePrompt("date"), PromptOptions.Ask("Start?"), r => $"{((DateValue)r!).Date:yyyy-MM-dd} {((DateValue)r!).Precision}");

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Start?")
            .Send("tomorrow-ish").AssertReplyContains("Please enter a date like").AssertReply("Start?")
            .Send("March 2026").AssertReply("[Complete] 2026-03-01 Month")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateRangePrompt_EndBeforeStart_RefusedThenValidRangeAccepted()
    {
        // Arrange
        var client = Asking(new DateRangePrompt("period"), PromptOptions.Ask("Period?"), r => $"{((DateRange)r!).Start:yyyy-MM-dd}..{((DateRange)r!).End:yyyy-MM-dd}");

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Period?")
            .Send("2026-06-30 to 2026-03-01").AssertReply("The end (1 March 2026) is before the start (30 June 2026).").AssertReply("Period?")
            .Send("March 2026 - June 2026").AssertReply("[Complete] 2026-03-01..2026-06-30")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_MaxAttemptsReached_EndsWithNullResult()
    {
        // Arrange
        var options = PromptOptions.Ask("Budget?");
        options.MaxAttempts = 2;
        var client = Asking(new NumberPrompt("amount"), options, r => r is null ? "gave up" : r.ToString()!);

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("Budget?")
            .Send("x").AssertReplyContains("Please enter a number").AssertReply("Budget?")
            .Send("y").AssertReply("[Complete] gave up")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_ValidatorMessageAfterHostAlreadyReplied_NoRetryPromptToo()
    {
        // Arrange: the host says something before running the dialog on every turn
        var form = new ComponentDialog("ask")
            .AddDialog(new WaterfallDialog("steps")
                .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Title?", "Title again?"), ct))
                .AddStep((step, ct) => step.EndDialogAsync(step.Result, ct)))
            .AddDialog(new TextPrompt("text", SampleDialogs.MaxLength(5)));
        var client = new DialogTestClient(async (turn, ct) =>
        {
            await turn.SendTextAsync("(working)", ct);
            await form.RunAsync(turn, "dialogs", ct);
        });

        // Act + Assert
        await client.Flow()
            .Send("go").AssertReply("(working)").AssertReply("Title?")
            .Send("far too long").AssertReply("(working)").AssertReply("Please keep it under 5 characters (you wrote 12).")
            .AssertNoReply()
            .StartTestAsync();
    }
}
