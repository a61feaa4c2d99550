using System.Text.Json.Serialization;

namespace MicroFuture.Bot.Proposals;

/// <summary>The policy instrument the proposal improves (domain B24-B26).</summary>
public sealed class PolicyInstrument
{
    public string? Name { get; set; }

    public string? ManagingAuthority { get; set; }

    public PolicyInstrumentKind? Kind { get; set; }
}

/// <summary>The two kinds of instrument an Interreg Europe project may address.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PolicyInstrumentKind>))]
public enum PolicyInstrumentKind
{
    /// <summary>An Investment for Jobs and Growth programme (ERDF/ESF+ operational programme).</summary>
    InvestmentForJobsAndGrowth,

    /// <summary>Any other regional policy instrument (strategy, programme, law).</summary>
    OtherRegionalInstrument,
}

/// <summary>The three recognised kinds of policy improvement (domain B30).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImprovementKind>))]
public enum ImprovementKind
{
    /// <summary>The instrument funds new projects.</summary>
    NewProjectsFunded,

    /// <summary>The instrument's management changes (call terms, monitoring, evaluation).</summary>
    ChangeInManagement,

    /// <summary>The instrument's strategic focus changes (e.g. its specific objectives).</summary>
    ChangeInStrategicFocus,
}
