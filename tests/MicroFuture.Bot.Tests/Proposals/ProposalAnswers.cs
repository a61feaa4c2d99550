namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>The answers of a complete proposal, as a partner types them (emoji and mixed languages included).</summary>
internal static class ProposalAnswers
{
    public const string Partner = "Metropolitan City of Bologna";
    public const string Territory = "Città metropolitana di Bologna 🇮🇹 (Emilia-Romagna)";
    public const string Instrument = "PR FESR Emilia-Romagna 2021-2027";
    public const string Authority = "Regione Emilia-Romagna – Autorità di gestione FESR";
    public const string Problem = "Микрокредиты hard to reach: vulnerable entrepreneurs lack guarantees 💶 and mentoring.";
    public const string GoodPractice = "A1. National Microcredit Guarantee Fund (Italy)";
    public const string OwnLesson = "Lesson from Örebro: micro-funds pooled by municipalities — ça marche!";
    public const string Action1 = "Open a call for microcredit guarantee projects";
    public const string Players1 = "Regional managing authority, Yunus Foundation Italy, local banks";
    public const string Funding1 = "ERDF through the regional programme";
    public const string Action2 = "Train 40 mentors for microcredit clients";
    public const string Players2 = "Chamber of commerce; Fondazione del Monte";
    public const string Funding2 = "Own budget of the Metropolitan City";
    public const string Results = "200 more microloans a year by 2027; 30 % to women entrepreneurs.";
    public const string Monitoring = "Quarterly indicator report to the monitoring committee.";
    public const string Approval = "Giunta regionale approves the call; monitoring committee in spring 2026.";
    public const string Risks = "Banks may not join: we will involve the regional guarantee consortium early.";
}
