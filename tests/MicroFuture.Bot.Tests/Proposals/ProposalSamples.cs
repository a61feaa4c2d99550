using MicroFuture.Bot.Proposals;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>Drafts as the proposal dialog would leave them.</summary>
internal static class ProposalSamples
{
    public static ProposalDraft Complete() => new()
    {
        Name = "Microcredit for social enterprises",
        OwnerId = "29:user-1",
        OwnerAadObjectId = "aad-user-1",
        PartnerName = "Metropolitan City of Bologna",
        CreatedUtc = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        UpdatedUtc = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero),
        Territory = "Bologna metropolitan area",
        PolicyInstrument = new PolicyInstrument
        {
            Name = "ERDF Regional Programme Emilia-Romagna 2021-2027",
            ManagingAuthority = "Emilia-Romagna Region",
            Kind = PolicyInstrumentKind.InvestmentForJobsAndGrowth,
        },
        Problem = "Micro-entrepreneurs excluded from bank credit get no tutoring.\nMost give up within a year.",
        Inspirations =
        [
            new Inspiration { Title = "National Microcredit Guarantee Fund", SourceUrl = "https://interregeurope.eu/good-practices/national-microcredit-guarantee-fund", Note = "Guarantees tied to compulsory tutoring." },
            new Inspiration { Title = "P7 microcredits (Slovenia)", Note = "Simple calls with a fixed margin." },
        ],
        ImprovementKind = ImprovementKind.ChangeInManagement,
        Actions =
        [
            new ProposalAction
            {
                Description = "Add a tutoring requirement to the microcredit call",
                Players = "Managing authority; ENM tutors",
                Start = new DateOnly(2026, 3, 1), StartPrecision = DatePrecision.Month,
                End = new DateOnly(2027, 12, 1), EndPrecision = DatePrecision.Month,
                EstimatedCostEur = 120000m,
                FundingSources = "ERDF technical assistance",
            },
            new ProposalAction
            {
                Description = "Train 40 tutors",
                Players = "Chamber of Commerce",
                Start = new DateOnly(2026, 9, 15), StartPrecision = DatePrecision.Day,
                End = new DateOnly(2027, 1, 1), EndPrecision = DatePrecision.Quarter,
                EstimatedCostEur = 1250000.5m,
                FundingSources = "Regional budget",
            },
        ],
        ExpectedResults = "200 micro-enterprises supported with tutoring by 2028.",
        Monitoring = "Quarterly report from the fund manager.",
        ApprovalPath = "Monitoring committee of the programme, then regional council resolution.",
        Risks = "Delays in the call; too few tutors.",
    };

    /// <summary>Every free-text answer of <see cref="Complete"/>, as it must appear in an export.</summary>
    public static IEnumerable<string> Answers(ProposalDraft draft) =>
        new[]
        {
            draft.PartnerName, draft.Territory, draft.PolicyInstrument.Name, draft.PolicyInstrument.ManagingAuthority,
            draft.ExpectedResults, draft.Monitoring, draft.ApprovalPath, draft.Risks,
        }
        .Concat(draft.Problem!.Split('\n'))
        .Concat(draft.Inspirations.SelectMany(i => new[] { i.Title, i.Note, i.SourceUrl }))
        .Concat(draft.Actions.SelectMany(a => new[] { a.Description, a.Players, a.FundingSources }))
        .OfType<string>();

    public static ProposalDraft Incomplete() => new()
    {
        Name = "",
        OwnerId = "29:user-1",
        PartnerName = "Region Örebro County",
        UpdatedUtc = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero),
        Actions = [new ProposalAction { Description = "Open a one-stop shop" }],
    };
}
