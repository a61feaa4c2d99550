namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>
/// Questions written before tuning, with the file that answers them (null: the knowledge does not cover it).
/// The answers helper calibrates abstention on the scores these give.
/// </summary>
internal static class DevQuestions
{
    public static readonly (string Question, string? ExpectedFile)[] All =
    [
        ("what counts as microcredit in the EU?", "eu-microfinance.md"),
        ("how does Italy's microcredit law limit loan size?", "country-contexts/italy.md"),
        ("what is the policy change clinic?", "microfuture-project.md"),
        ("who is the lead partner?", "partners/bucharest-ilfov.md"),
        ("what did we agree at the Kamnik meeting?", "microfuture-events.md"),
        ("what are the seven principles of social business?", "yunus-social-business.md"),
        ("how big is an Almi micro loan in Sweden?", "country-contexts/sweden.md"),
        ("what is the European Code of Good Conduct for microcredit provision?", "eu-microfinance.md"),
        ("what is an action plan in Interreg Europe?", "interreg-europe-rules.md"),
        ("what did COVID-19 teach European microfinance?", "eu-microfinance-sector.md"),
        ("what policy instrument does Seine-Saint-Denis address?", "partners/seine-saint-denis.md"),
        ("what are the P7 microcredit conditions of the Slovene Enterprise Fund?", "country-contexts/slovenia.md"),
        ("qu'est-ce que le microcrédit ?", "eu-microfinance.md"),
        ("kaj je mikrokredit?", "eu-microfinance.md"),
        ("come funziona il fondo di garanzia per il microcredito in Italia?", "country-contexts/italy.md"),
        ("quel est le plafond du microcrédit professionnel en France ?", "country-contexts/france.md"),
        ("kakšna je garancija za mikrokredit v Sloveniji?", "country-contexts/slovenia.md"),
        ("ce este microfinanțarea?", "eu-microfinance.md"),
        ("vad är ett mikrolån från Almi?", "country-contexts/sweden.md"),
        ("what is the capital of Peru?", null),
        ("how do I reset my Teams password?", null),
        ("what is the weather tomorrow in Bologna?", null),
        ("who won the football world cup in 2018?", null),
        ("how do I bake sourdough bread?", null),
        ("what is the exchange rate of the Swedish krona today?", null),
        ("what is the boiling point of water?", null),
        ("which programming language is the bot written in?", null),
        ("what is the population of Tokyo?", null),
        ("can you recommend a good restaurant in Paris?", null),
    ];
}
