namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// A cheap guess of a question's language among the partners' languages (fr, it, ro, sv, sl), from its function
/// words and letters; null means English (or unknown). Good enough to pick an analyzer, not a language identifier.
/// </summary>
internal static class QueryLanguage
{
    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = Set("the what who how is are does do of in on for a an and which when where why can with to"),
        ["fr"] = Set("le la les des du un une est qu que qui quoi quel quelle quels comment pour dans sur avec ce cette ou et pas au aux en c"),
        ["it"] = Set("il lo la gli le dei delle del della un una uno che cosa cos chi come per nel nella sono con e di quale quali quanto si stato stata"),
        ["ro"] = Set("ce este sunt si cum care cine pentru din la cu un o al ale unei unui de sa lui ei in"),
        ["sv"] = Set("vad ar hur vem det den en ett och for som pa med av till i fran vilka vilken nar finns man kan har"),
        ["sl"] = Set("kaj je so kako kdo za v na in ki se da ali kateri katera koliko pri od iz po bil bila bilo bili"),
    };

    // Letters only one of the languages uses (after a question's words are lower-cased, before folding).
    private static readonly Dictionary<string, string> Letters = new()
    {
        ["fr"] = "çéèêëœ",
        ["it"] = "ìòù",
        ["ro"] = "ăâîșțşţ",
        ["sv"] = "åäö",
        ["sl"] = "čšž",
    };

    public static string? Detect(string query)
    {
        var words = TextFolding.Words(query);
        var lower = query.ToLowerInvariant();
        string? best = null;
        var bestScore = 0.0;
        foreach (var (language, stopWords) in StopWords)
        {
            double score = words.Count(stopWords.Contains);
            if (Letters.TryGetValue(language, out var letters))
            {
                score += lower.Count(letters.Contains) * 1.5;
            }
            if (score > bestScore)
            {
                (best, bestScore) = (language, score);
            }
        }
        return best is "en" ? null : best;
    }

    /// <summary>The function words of <paramref name="language"/>, which carry nothing for an English search.</summary>
    public static IReadOnlySet<string> FunctionWords(string language) => StopWords.GetValueOrDefault(language) ?? [];

    private static HashSet<string> Set(string words) => [.. words.Split(' ')];
}
