using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>A few small knowledge files in the curators' format, parsed by the product's parser.</summary>
internal static class AnswerSamples
{
    public const string ItalyUrl = "https://example.org/italy-tub";
    public const string SwedenUrl = "https://example.org/almi";
    public const string EuUrl = "https://example.org/eu-definition";

    public const string Italy = """
        ---
        title: "Country context: microcredit in Italy"
        sources:
          - url: https://example.org/italy-tub
            read: 2026-11-20
          - url: https://example.org/italy-history
            read: 2026-11-21
        language: en
        topics: [country-context, italy, article-111-tub-and-a-very-long-topic-name]
        ---

        # Country context: microcredit in Italy

        ## Italian microcredit loan size limits

        Italian business microcredit is regulated by Article 111 of the Consolidated Banking Act (TUB). [1] The maximum loan size for a business microcredit is EUR 75,000. [1] Loans must be repaid within seven years. [1] The lenders are registered in a special list kept by the Bank of Italy. [1]

        Tutoring and monitoring services for borrowers are compulsory. [1]

        ## History of Italian microcredit

        The first Italian microcredit programmes were run by charities in the 1990s. [2] Several regions later created guarantee funds. [2]
        """;

    public const string Sweden = """
        ---
        title: "Country context: microfinance in Sweden"
        sources:
          - url: https://example.org/almi
            read: 2026-11-22
        language: en
        topics: [country-context, sweden]
        ---

        # Country context: microfinance in Sweden

        ## Swedish microcredit loan size limits

        In Sweden, Almi offers microcredit loans of up to SEK 250,000 to small companies. [1] The loan size depends on the business plan. [1] Almi was founded by the Swedish state. [1]
        """;

    public const string Eu = """
        ---
        title: "EU microfinance: definitions"
        sources:
          - url: https://example.org/eu-definition
            read: 2026-11-23
        language: en
        topics: [eu, definitions]
        ---

        # EU microfinance: definitions

        ## EU definition of microcredit

        The European Commission defines microcredit as a loan of less than EUR 25,000 to support self-employment and micro-enterprises. [1] The definition dates from 2007. [1] Member states may use other ceilings in national law. [1]

        ## EU microfinance instruments

        The EU funds microfinance through two instruments. [1] The first instrument is EaSI, which guarantees microloans. [1] The second instrument is ESF+, which funds national schemes. [1] The Commission publishes a report every year. [1]
        """;

    /// <summary>The sections of all sample files.</summary>
    public static IReadOnlyList<KnowledgeSection> Sections()
    {
        var parser = new KnowledgeFileParser();
        return new[] { ("country-contexts/italy.md", Italy), ("country-contexts/sweden.md", Sweden), ("eu.md", Eu) }
            .SelectMany(file =>
            {
                var parsed = parser.Parse(file.Item1, file.Item2);
                Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
                return parsed.Sections;
            })
            .ToList();
    }
}
