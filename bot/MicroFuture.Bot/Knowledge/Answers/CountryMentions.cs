using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Schedule;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>How a country was named in a question.</summary>
public enum MentionForm
{
    /// <summary>"Italy", "Italy's".</summary>
    Country,

    /// <summary>"Italian".</summary>
    Adjective,

    /// <summary>A partner organisation's configured name.</summary>
    Partner,
}

/// <summary>A country (or a partner organisation, with its country) named in a question.</summary>
public sealed record CountryMention(string Country, MentionForm Form, string Matched, int Index, PartnerOrganisation? Partner);

/// <summary>
/// Finds the country or partner a question is about: the partners' countries and names from the project directory
/// (config <c>Partners</c>), and the other EU countries a partner may compare with.
/// </summary>
public sealed class CountryMentions(ProjectDirectory directory)
{
    private static readonly Dictionary<string, string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Romania"] = "Romanian", ["Italy"] = "Italian", ["Slovenia"] = "Slovenian", ["Sweden"] = "Swedish", ["France"] = "French",
        ["Spain"] = "Spanish", ["Portugal"] = "Portuguese", ["Germany"] = "German", ["Poland"] = "Polish", ["Greece"] = "Greek",
        ["Belgium"] = "Belgian", ["Netherlands"] = "Dutch", ["Austria"] = "Austrian", ["Ireland"] = "Irish", ["Finland"] = "Finnish",
        ["Denmark"] = "Danish", ["Croatia"] = "Croatian", ["Hungary"] = "Hungarian", ["Bulgaria"] = "Bulgarian", ["Lithuania"] = "Lithuanian",
        ["Latvia"] = "Latvian", ["Estonia"] = "Estonian", ["Slovakia"] = "Slovak", ["Czechia"] = "Czech", ["Luxembourg"] = "Luxembourgish",
        ["Cyprus"] = "Cypriot", ["Malta"] = "Maltese", ["Norway"] = "Norwegian", ["Switzerland"] = "Swiss", ["United Kingdom"] = "British",
        ["United States"] = "American", ["Canada"] = "Canadian", ["Japan"] = "Japanese", ["China"] = "Chinese", ["India"] = "Indian",
        ["Bangladesh"] = "Bangladeshi", ["Brazil"] = "Brazilian", ["Mexico"] = "Mexican", ["Peru"] = "Peruvian", ["Australia"] = "Australian",
    };

    // One whole-word pattern per name, built once: every question is checked against all of them.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // Country names in the partners' languages ("Svezia", "Švedska", stems such as "francij*"; "România" too), from the
    // question-word table, matched folded: a follow-up "e in Svezia?" names Sweden. Adjectives are left out ("Frances"
    // is also a name).
    private static readonly (Regex Pattern, string Country)[] ForeignNames =
    [
        .. Index.QuestionWords.Terms
            .Where(term => term.Words.Length == 1 && Adjectives.ContainsKey(term.English))
            .Select(term => (ForeignNamePattern(term.Words[0]), term.English)),
    ];

    /// <summary>The first country or partner named in <paramref name="text"/>, or null.</summary>
    public CountryMention? Find(string text) => All(text).OrderBy(m => m.Index).ThenByDescending(m => m.Matched.Length).FirstOrDefault();

    /// <summary>
    /// Countries the question names (by name or adjective, not through a partner) that none of <paramref name="passages"/>
    /// mentions: evidence about Italy is no answer to a question about Japan, however close the wording.
    /// </summary>
    public IReadOnlyList<string> NotCoveredBy(string question, IReadOnlyList<string> passages) =>
        NamedCountries(question).Where(country => !passages.Any(text => Mentions(text, country))).ToList();

    /// <summary>
    /// <paramref name="passages"/> reordered so that those mentioning every country the question names come first
    /// (otherwise in their order): "the maximum microcredit in Sweden" should quote Sweden's section before France's.
    /// </summary>
    public IReadOnlyList<T> CoveringFirst<T>(string question, IReadOnlyList<T> passages, Func<T, string> text)
    {
        var named = NamedCountries(question);
        return named.Count == 0 ? passages : [.. passages.OrderBy(passage => named.All(country => Mentions(text(passage), country)) ? 0 : 1)];
    }

    // Countries named by name or adjective; a partner's name says where it is, not what the question is about.
    private List<string> NamedCountries(string question) =>
        [.. All(question).Where(m => m.Form != MentionForm.Partner).Select(m => m.Country).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static bool Mentions(string text, string country) =>
        IndexOf(text, country) is not null || (Adjectives.TryGetValue(country, out var adjective) && IndexOf(text, adjective) is not null);

    /// <summary>The partner organisations of a country, as the directory lists them.</summary>
    public IReadOnlyList<PartnerOrganisation> PartnersIn(string country) =>
        directory.Partners.Where(p => string.Equals(p.Country, country, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary><paramref name="mention"/>'s country in <paramref name="form"/> (a partner form without a partner falls back to the country).</summary>
    public string Render(CountryMention mention, MentionForm form) => form switch
    {
        MentionForm.Adjective => Adjectives.GetValueOrDefault(mention.Country, mention.Country),
        MentionForm.Partner when mention.Partner is not null => mention.Partner.Name,
        MentionForm.Partner => PartnersIn(mention.Country).FirstOrDefault()?.Name ?? mention.Country,
        _ => mention.Country,
    };

    private IEnumerable<CountryMention> All(string text)
    {
        foreach (var partner in directory.Partners.Where(p => p.Name.Length > 0))
        {
            if (IndexOf(text, partner.Name) is { } at)
            {
                yield return new CountryMention(partner.Country, MentionForm.Partner, text.Substring(at, partner.Name.Length), at, partner);
            }
        }
        var folded = Index.TextFolding.FoldInPlace(text);
        foreach (var (pattern, country) in ForeignNames)
        {
            if (pattern.Match(folded) is { Success: true } match)
            {
                yield return new CountryMention(country, MentionForm.Country, text.Substring(match.Index, match.Length), match.Index, null);
            }
        }
        var countries = Adjectives.Keys.Concat(directory.Partners.Select(p => p.Country)).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            if (IndexOf(text, country) is { } at)
            {
                yield return new CountryMention(country, MentionForm.Country, text.Substring(at, country.Length), at, null);
            }
            if (Adjectives.TryGetValue(country, out var adjective) && IndexOf(text, adjective) is { } at2)
            {
                yield return new CountryMention(country, MentionForm.Adjective, text.Substring(at2, adjective.Length), at2, null);
            }
        }
    }

    // A folded word of the question-word table; a trailing "*" accepts any ending ("francij*": Francija, Franciji).
    private static Regex ForeignNamePattern(string word)
    {
        var ending = word.EndsWith('*') ? @"\p{L}*" : "";
        return new Regex($@"(?<![\p{{L}}]){Regex.Escape(word.TrimEnd('*'))}{ending}(?![\p{{L}}])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    private static int? IndexOf(string text, string name)
    {
        var match = Patterns.GetOrAdd(name, static n => new Regex($@"(?<![\p{{L}}]){Regex.Escape(n)}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))).Match(text);
        return match.Success ? match.Index : null;
    }
}
