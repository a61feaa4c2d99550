namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// Dev questions for calibrating abstention on the repository's knowledge folder: questions the knowledge answers
/// (with the files an answer may come from) and questions it does not. Written before any tuning; keep it honest.
/// </summary>
public static class DevQuestions
{
    public sealed record Answerable(string Question, params string[] ExpectedFiles);

    public static readonly IReadOnlyList<Answerable> Answerables =
    [
        new("What counts as microcredit in the EU?", "eu-microfinance.md"),
        new("What is the maximum amount of a French professional microcredit?", "country-contexts/france.md"),
        new("How does Italy's microcredit law limit loan size?", "country-contexts/italy.md"),
        new("What is the Almi micro loan in Sweden?", "country-contexts/sweden.md", "good-practices.md"),
        new("What are the conditions of the Slovene Enterprise Fund P7 microcredits?", "country-contexts/slovenia.md", "good-practices.md"),
        new("Which law regulates non-bank financial institutions in Romania?", "country-contexts/romania.md"),
        new("What is the European Code of Good Conduct for Microcredit Provision?", "eu-microfinance.md"),
        new("What does the EMN-MFC survey on microfinance in Europe measure?", "eu-microfinance-sector.md"),
        new("What lessons did European microfinance learn from COVID-19?", "eu-microfinance-sector.md"),
        new("What are the three stages of the MICROFUTURE core phase?", "microfuture-project.md", "interreg-europe-rules.md"),
        new("What happens in the Interreg Europe follow-up phase?", "interreg-europe-rules.md", "microfuture-project.md"),
        new("What is the Interreg Europe Policy Learning Platform?", "interreg-europe-rules.md"),
        new("Where and when was the fifth MICROFUTURE interregional meeting held?", "microfuture-events.md", "partners/heart-of-slovenia.md"),
        new("Which policy instrument does the Metropolitan City of Bologna address?", "partners/bologna.md", "microfuture-project.md"),
        new("What is a social business according to Muhammad Yunus?", "yunus-social-business.md"),
        new("Quel est le plafond du microcrédit professionnel en France ?", "country-contexts/france.md", "glossary.md"),
        new("Come funziona il Fondo di garanzia per il microcredito in Italia?", "country-contexts/italy.md", "good-practices.md", "glossary.md"),
    ];

    public static readonly IReadOnlyList<string> Unanswerables =
    [
        "What is the interest rate of a mortgage in Germany?",
        "Who won the 2022 football world cup?",
        "What is the capital of Australia?",
        "How do I reset my Teams password?",
        "What will the weather be in Bologna tomorrow?",
        "How many employees does Microsoft have?",
        "What is the price of bitcoin today?",
        "What is the recipe for tiramisu?",
        "What is the microcredit ceiling in Japan?",
        "How do I apply for a student loan in Canada?",
    ];
}
