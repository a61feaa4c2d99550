using System.Text.Json;
using MicroFuture.Bot.Proposals;

namespace MicroFuture.Bot.Tests.Proposals;

public sealed class ProposalSectionsTests
{
    [Fact]
    public void Progress_CompleteDraft_AllSectionsAnswered()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        var (completed, total) = ProposalSections.Progress(draft);

        // Assert
        Assert.Equal(total, completed);
        Assert.True(ProposalSections.IsReady(draft));
        Assert.Null(ProposalSections.FirstIncomplete(draft));
    }

    [Fact]
    public void Progress_DraftWithOnlyPartnerAndHalfAnAction_ShowsWhatIsMissing()
    {
        // Arrange
        var draft = ProposalSamples.Incomplete();

        // Act
        var (completed, _) = ProposalSections.Progress(draft);

        // Assert
        Assert.Equal(0, completed);
        Assert.False(ProposalSections.IsReady(draft));
        Assert.Same(ProposalSections.Partner, ProposalSections.FirstIncomplete(draft));
        Assert.False(ProposalSections.Actions.IsComplete(draft));
    }

    [Fact]
    public void IsReady_OnlyOptionalRisksMissing_True()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Risks = "  ";

        // Act
        var ready = ProposalSections.IsReady(draft);

        // Assert
        Assert.True(ready);
        Assert.Same(ProposalSections.Risks, ProposalSections.FirstIncomplete(draft));
    }

    [Fact]
    public void ActionsSection_EndBeforeStart_Incomplete()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Actions[0].End = draft.Actions[0].Start!.Value.AddDays(-1);

        // Act
        var complete = ProposalSections.Actions.IsComplete(draft);

        // Assert
        Assert.False(complete);
    }

    [Fact]
    public void Find_KeyInAnyCase_ReturnsSection()
    {
        // Act
        var section = ProposalSections.Find("Approval");

        // Assert
        Assert.Same(ProposalSections.ApprovalPath, section);
        Assert.Null(ProposalSections.Find("nothing"));
    }

    [Fact]
    public void Json_RoundTrip_KeepsEveryAnswerVerbatim()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Problem = "  Leading spaces, emoji 🌍, ščž and\r\nWindows newlines  ";

        // Act
        var json = JsonSerializer.Serialize(draft);
        var back = JsonSerializer.Deserialize<ProposalDraft>(json)!;

        // Assert
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(draft.Problem, back.Problem);
        Assert.Equal(new DateOnly(2026, 3, 1), back.Actions[0].Start);
        Assert.Equal(DatePrecision.Month, back.Actions[0].StartPrecision);
        Assert.Equal(1250000.5m, back.Actions[1].EstimatedCostEur);
        Assert.Contains("\"ChangeInManagement\"", json);
        Assert.Contains("\"InvestmentForJobsAndGrowth\"", json);
    }
}
