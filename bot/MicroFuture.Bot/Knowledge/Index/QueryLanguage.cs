namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// A cheap guess of a question's language among English and the partners' languages (fr, it, ro, sv, sl), from its
/// function words and letters; null when nothing tells. Good enough to pick an analyzer, not a language identifier.
/// (Lingua, the library, was measured on the dev questions: 4 of 123 wrong with 190 MB of models, 10 wrong in its
/// low-accuracy mode; these short questions are read better by their function words.)
/// </summary>
internal static class QueryLanguage
{
    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = Set("the what who how is are does do did of in on for a an and which when where why can with to many much was were has have it its this that there from by about"),
        ["fr"] = Set("le la les des du un une est qu que qui quoi quel quelle quels comment pour dans sur avec ce cette ou et pas au aux en c il elle ils on je vous nous ne se sa son ses leur combien quand pourquoi quelles sont"),
        ["it"] = Set("il lo la gli le dei delle del della un una uno che cosa cos chi come per nel nella sono con e di quale quali quanto quanti quante quando dove perche ha hanno si stato stata in"),
        ["ro"] = Set("ce este sunt si cum care cine pentru din la cu un o al ale unei unui de sa lui ei in cand unde cat cati cate"),
        ["sv"] = Set("vad ar hur vem det den en ett och for som pa med av till i fran vilka vilken nar finns man kan har varfor vilket de dem"),
        ["sl"] = Set("kaj je so kako kdo za v na in ki se da ali kateri katera koliko pri od iz po bil bila bilo bili kdaj kje zakaj"),
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
        return best;
    }

    // Words that say nothing but would tip the guess toward a language if counted: French "a" is English "a" too,
    // and an elided "l'" or "d'" leaves a lone letter.
    private static readonly Dictionary<string, HashSet<string>> Particles = new()
    {
        ["fr"] = Set("a l d j m n s t y"),
        ["it"] = Set("l d c a ha"),
        ["ro"] = Set("a s"),
        ["sv"] = Set("s"),
        ["sl"] = Set("s z k"),
    };

    private static readonly Dictionary<string, HashSet<string>> Function = StopWords.ToDictionary(
        pair => pair.Key, pair => pair.Value.Union(Particles.GetValueOrDefault(pair.Key) ?? []).ToHashSet(StringComparer.Ordinal));

    /// <summary>The function words of <paramref name="language"/>, which carry nothing for an English search.</summary>
    public static IReadOnlySet<string> FunctionWords(string language) => Function.GetValueOrDefault(language) ?? [];

    private static HashSet<string> Set(string words) => [.. words.Split(' ')];
}
