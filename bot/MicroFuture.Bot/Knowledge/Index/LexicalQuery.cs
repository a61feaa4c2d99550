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

    /// <param name="indexedLanguages">The languages the index holds sections in.</param>
    public Query? Build(SearchQuestion question, IReadOnlySet<string> indexedLanguages)
    {
        var query = new BooleanQuery();
        Add(query, "en", question.English, 1f);
        // Clauses on fields no section fills would only lower the score of every match (Lucene's query norm), and
        // the evidence gate reads that score as an absolute signal.
        if (question.Language is not null && indexedLanguages.Contains(question.Language))
        {
            Add(query, question.Language, question.Original, 1f);
        }
        Add(query, IndexAnalyzers.Folded, string.Join(' ', question.EnglishTerms.Prepend(question.Original)), IndexAnalyzers.FoldedWeight);
        return query.Clauses.Count > 0 ? query : null;
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
