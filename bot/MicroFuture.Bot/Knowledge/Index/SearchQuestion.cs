namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// A question as the index searches it: its guessed language and an English reading for the English analyzer
/// and the (English) embedding model.
/// </summary>
/// <param name="Language">The question's language when not English (a guess, see <see cref="QueryLanguage"/>).</param>
/// <param name="English">
/// For an English question, the question and the English terms of any foreign glossary terms it names, with the
/// glossary's other English names of its terms ("micro loan" for "microcredit"); for another
/// language, its words with glossary terms and question words translated and function words dropped ("qui a fondé
/// l'Adie" reads "who founded adie"): the model cannot read French or Slovenian, and French "le" or "de" would
/// match English text by accident.
/// </param>
internal sealed record SearchQuestion(string Original, string? Language, string English, IReadOnlyList<string> EnglishTerms)
{
    public static SearchQuestion Read(string question, Glossary glossary)
    {
        var detected = QueryLanguage.Detect(question);
        var language = detected is "en" ? null : detected;
        var translation = glossary.Translate(question, language);
        if (detected is null && translation.Languages.Count > 0)
        {
            // No telling function words, but a glossary term of its language ("mikrolån Almi?"): read its question
            // words too.
            language = translation.Languages[0];
            translation = glossary.Translate(question, language);
        }
        string english;
        if (language is null)
        {
            var added = translation.EnglishTerms.Concat(glossary.EnglishSynonyms(string.Join(' ', translation.EnglishTerms.Prepend(question)))).Distinct().ToList();
            english = added.Count == 0 ? question : $"{question} ({string.Join(", ", added)})";
        }
        else
        {
            var functionWords = QueryLanguage.FunctionWords(language);
            english = string.Join(' ', translation.Words.Where(word => !functionWords.Contains(word)));
            english = string.Join(' ', glossary.EnglishSynonyms(english).Prepend(english));
        }
        return new SearchQuestion(question, language, english, translation.EnglishTerms);
    }
}
