using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// Builds the full-text query from the user's words through the analyzers (never through a query syntax, so no
/// character a user types can make the query fail): every analysed term is an optional clause in every field.
/// </summary>
internal sealed class LexicalQuery
{
    private readonly Dictionary<string, QueryBuilder> builders = IndexAnalyzers.Languages
        .Append(IndexAnalyzers.Folded)
        .ToDictionary(language => language, language => new QueryBuilder(language == IndexAnalyzers.Folded ? IndexAnalyzers.CreateFolded() : IndexAnalyzers.For(language)));

    /// <param name="language">The question's language when not English (see <see cref="QueryLanguage"/>).</param>
    /// <param name="englishTerms">Glossary terms that translate the question's foreign terms.</param>
    public Query? Build(string question, string? language, IReadOnlyList<string> englishTerms)
    {
        var english = string.Join(' ', englishTerms.Prepend(WithoutFunctionWords(question, language)));
        var query = new BooleanQuery();
        Add(query, "en", english, 1f);
        if (language is not null)
        {
            Add(query, language, question, 1f);
        }
        Add(query, IndexAnalyzers.Folded, english, IndexAnalyzers.FoldedWeight);
        return query.Clauses.Count > 0 ? query : null;
    }

    // French "le", "de", "la" are not English stop words; left in, they would match "de minimis" or "La Seine".
    private static string WithoutFunctionWords(string question, string? language)
    {
        if (language is null)
        {
            return question;
        }
        var functionWords = QueryLanguage.FunctionWords(language);
        return string.Join(' ', TextFolding.Words(question).Where(word => !functionWords.Contains(word)));
    }

    private void Add(BooleanQuery query, string language, string text, float weight)
    {
        foreach (var (field, boost) in IndexAnalyzers.FieldBoosts)
        {
            var clause = builders[language].CreateBooleanQuery(IndexAnalyzers.FieldName(field, language), text, Occur.SHOULD);
            if (clause is not null)
            {
                clause.Boost = boost * weight;
                query.Add(clause, Occur.SHOULD);
            }
        }
    }
}
