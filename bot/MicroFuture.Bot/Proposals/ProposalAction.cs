using System.Text.Json.Serialization;

namespace MicroFuture.Bot.Proposals;

/// <summary>One action of the proposal (domain B42): what, who, when, how much and paid by whom.</summary>
public sealed class ProposalAction
{
    public string? Description { get; set; }

    /// <summary>The players involved, as the partner wrote them.</summary>
    public string? Players { get; set; }

    /// <summary>First day of the period the partner meant (e.g. 2026-03-01 for "March 2026").</summary>
    public DateOnly? Start { get; set; }

    public DatePrecision StartPrecision { get; set; } = DatePrecision.Day;

    /// <summary>First day of the end period (e.g. 2027-12-01 for "December 2027").</summary>
    public DateOnly? End { get; set; }

    public DatePrecision EndPrecision { get; set; } = DatePrecision.Day;

    public decimal? EstimatedCostEur { get; set; }

    public string? FundingSources { get; set; }
}

/// <summary>How precisely a date was given, so "March 2026" is shown back as a month, not as 1 March.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Year,
}
