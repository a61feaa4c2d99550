using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The analyzers of the index. Every searchable field is indexed twice: as <c>name.lang</c> with the stemming
/// analyzer of the document's language, and as <c>name.folded</c> (lower case, accents folded, no stemming) so
/// that foreign words quoted in a document (Mikrofonden, microcrédit professionnel) match whatever the question's
/// language. Slovenian has no Lucene analyzer: it gets the folded one.
/// </summary>
internal static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string Folded = "folded";

    public static readonly string[] Languages = ["en", "fr", "it", "ro", "sv", "sl"];

    public static readonly IReadOnlyDictionary<string, float> FieldBoosts = new Dictionary<string, float>
    {
        ["heading"] = 3f,
        ["title"] = 1.5f,
        ["topics"] = 1.5f,
        ["partner"] = 1.5f,
        ["text"] = 1f,
    };

    /// <summary>The folded variant of a field counts for less: it has no stemming and no stop words.</summary>
    public const float FoldedWeight = 0.5f;

    public static string FieldName(string field, string language) => $"{field}.{language}";

    /// <summary>The language a document's fields are indexed in: its own when the analyzers know it, else English.</summary>
    public static string IndexLanguage(string? language) => language is not null && Languages.Contains(language) ? language : "en";

    /// <summary>The analyzer for one language; an unknown language (or Slovenian) gets the folded one.</summary>
    public static Analyzer For(string language) => language switch
    {
        "en" => new EnglishAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "ro" => new RomanianAnalyzer(Version),
        "sv" => new SwedishAnalyzer(Version),
        _ => CreateFolded(),
    };

    /// <summary>One analyzer for writing documents: each field name picks its language's analyzer.</summary>
    public static Analyzer ForIndexing()
    {
        var perField = new Dictionary<string, Analyzer>();
        foreach (var language in Languages.Append(Folded))
        {
            var analyzer = language == Folded ? CreateFolded() : For(language);
            foreach (var field in FieldBoosts.Keys)
            {
                perField[FieldName(field, language)] = analyzer;
            }
        }
        return new PerFieldAnalyzerWrapper(CreateFolded(), perField);
    }

    public static Analyzer CreateFolded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });
}
