using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.State;
using static MicroFuture.BotFramework.Tests.Dialogs.SampleDialogs;

namespace MicroFuture.BotFramework.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task Waterfall_AnswersInOrder_CompletesWithEveryAnswer()
    {
        // Arrange
        var client = DialogTestClient.For(Form());

        // Act + Assert
        await client.Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("Solar roofs").AssertReply(BudgetQuestion)
            .Send("€120k").AssertReply(TypeQuestion)
            .Send("research").AssertReply(StartQuestion)
            .Send("15/03/2026").AssertReply("[Complete] Solar roofs | 120000 | Research | 2026-03-15")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_NewClientOverSameStorage_ContinuesWithValuesKept()
    {
        // Arrange: the first "process" answers two questions
        var storage = new MemoryStorage();
        await DialogTestClient.For(Form(), storage).Flow()
            .Send("hi").AssertReply(TitleQuestion)
            .Send("Wind").AssertReply(BudgetQuestion)
            .Send("1.2m").AssertReply(TypeQuestion)
            .StartTestAsync();

        // Act + Assert: a restarted bot (new dialog objects) over the same storage goes on
        await DialogTestClient.For(Form(), storage).Flow()
            .Send("2").AssertReply(StartQuestion)
            .Send("2026-04-01").AssertReply("[Complete] Wind | 1200000 | Innovation | 2026-04-01")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_Completed_NextMessageStartsAgain()
    {
        // Arrange
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("one")
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Name?"), ct))
            .AddStep((step, ct) => step.EndDialogAsync($"Hello {step.Result}", ct))).AddDialog(new TextPrompt("text"));

        // Act + Assert
        await DialogTestClient.For(component).Flow()
            .Send("start").AssertReply("Name?")
            .Send("Ada").AssertReply("[Complete] Hello Ada")
            .Send("again").AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_NextAsync_RunsFollowingStepInSameTurn()
    {
        // Arrange
        var component = new ComponentDialog("c")
            .AddDialog(new WaterfallDialog("w")
                .AddStep((step, ct) => step.NextAsync("from step 1", ct))
                .AddStep(async (step, ct) =>
                {
                    await step.SendTextAsync($"step 2 got: {step.Result}", ct);
                    return await step.PromptAsync("text", PromptOptions.Ask("Anything else?"), ct);
                })
                .AddStep((step, ct) => step.EndDialogAsync(step.Result, ct)))
            .AddDialog(new TextPrompt("text"));

        // Act + Assert
        await DialogTestClient.For(component).Flow()
            .Send("go").AssertReply("step 2 got: from step 1").AssertReply("Anything else?")
            .Send("no").AssertReply("[Complete] no")
            .StartTestAsync();
    }

    [Fact]
    public async Task ComponentDialog_NestedComponents_InnerResultFlowsToOuterAcrossRestart()
    {
        // Arrange: an outer form whose second step runs a whole inner component
        Dialog Build() => new ComponentDialog("outer")
            .AddDialog(new WaterfallDialog("outer-steps")
                .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Outer name?"), ct))
                .AddStep((step, ct) =>
                {
                    step.Values.Set("name", (string)step.Result!);
                    return step.BeginDialogAsync("inner", null, ct);
                })
                .AddStep((step, ct) => step.EndDialogAsync($"{step.Values.Get<string>("name")} + {step.Result}", ct)))
            .AddDialog(new TextPrompt("text"))
            .AddDialog(new ComponentDialog("inner")
                .AddDialog(new WaterfallDialog("inner-steps")
                    .AddStep((step, ct) => step.PromptAsync("confirm", PromptOptions.Ask("Inner ok?"), ct))
                    .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Inner word?"), ct))
                    .AddStep((step, ct) => step.EndDialogAsync($"inner:{step.Result}", ct)))
                .AddDialog(new ConfirmPrompt("confirm"))
                .AddDialog(new TextPrompt("text")));
        var storage = new MemoryStorage();
        await DialogTestClient.For(Build(), storage).Flow()
            .Send("go").AssertReply("Outer name?")
            .Send("Ada").AssertReply("Inner ok?")
            .StartTestAsync();

        // Act + Assert: the inner stack was persisted inside the outer instance
        await DialogTestClient.For(Build(), storage).Flow()
            .SendValue("""{"choice":"yes"}""").AssertReply("Inner word?")
            .Send("kiwi").AssertReply("[Complete] Ada + inner:kiwi")
            .StartTestAsync();
    }

    [Fact]
    public async Task DialogContext_ReplaceDialog_LoopsWithoutResumingParent()
    {
        // Arrange: a loop asking until "done"
        var loop = new WaterfallDialog("loop")
            .AddStep((step, ct) => step.PromptAsync("text", PromptOptions.Ask("Item?"), ct))
            .AddStep((step, ct) => (string)step.Result! == "done"
                ? step.EndDialogAsync("finished", ct)
                : step.Context.ReplaceDialogAsync("loop", null, ct));
        var component = new ComponentDialog("c").AddDialog(loop).AddDialog(new TextPrompt("text"));

        // Act + Assert
        await DialogTestClient.For(component).Flow()
            .Send("go").AssertReply("Item?")
            .Send("a").AssertReply("Item?")
            .Send("b").AssertReply("Item?")
            .Send("done").AssertReply("[Complete] finished")
            .StartTestAsync();
    }
}
