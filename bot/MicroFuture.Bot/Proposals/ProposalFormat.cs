using System.Globalization;

namespace MicroFuture.Bot.Proposals;

/// <summary>How proposal values read in documents and cards (English, invariant culture).</summary>
public static class ProposalFormat
{
    public const string NotAnswered = "(not answered yet)";

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"120,000" or "120,000.50": thousands separators, decimals only when there are cents.</summary>
    public static string Eur(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", Culture);

    /// <summary>A date as precisely as it was given: "3 March 2026", "March 2026", "Q1 2026" or "2026".</summary>
    public static string Date(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString(Culture),
        DatePrecision.Quarter => $"Q{(date.Month + 2) / 3} {date.Year.ToString(Culture)}",
        DatePrecision.Month => date.ToString("MMMM yyyy", Culture),
        _ => date.ToString("d MMMM yyyy", Culture),
    };

    /// <summary>"March 2026 – December 2027"; a missing end or start reads as not answered.</summary>
    public static string? Timeframe(ProposalAction action)
    {
        if (action.Start is null && action.End is null)
        {
            return null;
        }
        var start = action.Start is { } s ? Date(s, action.StartPrecision) : NotAnswered;
        var end = action.End is { } e ? Date(e, action.EndPrecision) : NotAnswered;
        return $"{start} – {end}";
    }

    public static string Label(PolicyInstrumentKind kind) => kind switch
    {
        PolicyInstrumentKind.InvestmentForJobsAndGrowth => "Investment for Jobs and Growth programme",
        _ => "Other regional policy instrument",
    };

    public static string Label(ImprovementKind kind) => kind switch
    {
        ImprovementKind.NewProjectsFunded => "New projects funded by the instrument",
        ImprovementKind.ChangeInManagement => "Change in the management of the instrument",
        _ => "Change in the strategic focus of the instrument",
    };
}
