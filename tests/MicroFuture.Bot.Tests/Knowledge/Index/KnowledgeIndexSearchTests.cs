using System.Diagnostics;
using System.Globalization;
using System.Text;
using MicroFuture.Bot.Knowledge;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>Questions against the repository's knowledge, through the real Lucene index and the real model.</summary>
[Collection(RepositoryIndexFixture.Collection)]
public sealed class KnowledgeIndexSearchTests(RepositoryIndexFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("what counts as microcredit in the EU?", "eu-microfinance.md", "definition of microfinance and microcredit")]
    [InlineData("how does Italy's microcredit law limit loan size?", "country-contexts/italy.md", "")]
    [InlineData("what is the policy change clinic?", "microfuture-project.md", "")]
    [InlineData("who is the lead partner?", "partners/bucharest-ilfov.md", "")]
    public async Task SearchAsync_EnglishQuestion_FindsTheAnsweringSectionInTopThree(string question, string expectedFile, string expectedHeading)
    {
        // Act
        var result = await fixture.Index.SearchAsync(question, 3);

        // Assert
        Assert.Contains(result.Hits, hit => hit.Section.Document.Path == expectedFile && hit.Section.HeadingPath[^1].Contains(expectedHeading, StringComparison.OrdinalIgnoreCase));
        Assert.All(result.Hits, hit => Assert.NotNull(hit.Similarity));
        Assert.Equal(fixture.ColdBuild.Version, result.KnowledgeVersion);
    }

    [Theory]
    [InlineData("quel est le plafond du microcrédit professionnel en France ?", "country-contexts/france.md")]
    [InlineData("kakšna je garancija za mikrokredit v Sloveniji?", "country-contexts/slovenia.md")]
    [InlineData("come funziona il fondo di garanzia per il microcredito in Italia?", "country-contexts/italy.md")]
    public async Task SearchAsync_QuestionInPartnerLanguage_FindsEnglishPassageThroughGlossary(string question, string expectedFile)
    {
        // Act
        var result = await fixture.Index.SearchAsync(question, 3);

        // Assert
        Assert.Contains(result.Hits, hit => hit.Section.Document.Path == expectedFile && hit.Section.Document.Language == "en");
    }

    [Fact]
    public async Task SearchAsync_UnrelatedQuestion_HasLowerSimilarityThanAnsweredOne()
    {
        // Act
        var unrelated = await fixture.Index.SearchAsync("what is the capital of Peru?", 3);
        var answered = await fixture.Index.SearchAsync("what counts as microcredit in the EU?", 3);

        // Assert
        Assert.True(unrelated.Hits[0].Similarity < answered.Hits[0].Similarity - 0.05, $"unrelated {unrelated.Hits[0].Similarity}, answered {answered.Hits[0].Similarity}");
    }

    [Theory]
    [InlineData("microcredit AND (OR \"")]
    [InlineData("title:* ~2 ^3 [1 TO 5] \\ /regex/")]
    [InlineData("?!")]
    public async Task SearchAsync_QuerySyntaxCharacters_AreSearchedAsTextWithoutErrors(string question)
    {
        // Act
        var result = await fixture.Index.SearchAsync(question, 5);

        // Assert
        Assert.Equal(fixture.ColdBuild.Version, result.KnowledgeVersion);
        Assert.True(result.Hits.Count <= 5);
    }

    [Fact]
    public async Task SearchAsync_DevQuestions_AnsweringFileInTopFiveAndScoresReported()
    {
        // Arrange
        var table = new StringBuilder("| question | expected | rank | top Similarity | top LexicalScore |\n|---|---|---|---|---|\n");
        var found = 0;
        var answerable = DevQuestions.All.Count(q => q.ExpectedFile is not null);

        // Act
        foreach (var (question, expected) in DevQuestions.All)
        {
            var result = await fixture.Index.SearchAsync(question, 5);
            var rank = result.Hits.ToList().FindIndex(hit => hit.Section.Document.Path == expected) + 1;
            found += rank > 0 ? 1 : 0;
            var top = result.Hits.FirstOrDefault();
            table.Append(CultureInfo.InvariantCulture, $"| {question} | {expected ?? "(none)"} | {(expected is null ? "-" : rank)} | {top?.Similarity:F3} | {top?.LexicalScore:F2} |\n");
        }
        output.WriteLine(table.ToString());
        output.WriteLine($"cold build {fixture.ColdBuild.Elapsed.TotalMilliseconds:F0} ms for {fixture.ColdBuild.Sections} sections; model load {fixture.ModelLoad.TotalMilliseconds:F0} ms");

        // Assert
        Assert.True(found >= answerable * 0.8, $"{found} of {answerable} answerable questions found in the top 5");
    }

    [Fact]
    public async Task SearchAsync_RepeatedDevQuestions_AnswerWithinLatencyBudget()
    {
        // Arrange
        var latencies = new List<double>();

        // Act
        for (var round = 0; round < 4; round++)
        {
            foreach (var (question, _) in DevQuestions.All)
            {
                var stopwatch = Stopwatch.StartNew();
                await fixture.Index.SearchAsync(question, 5);
                latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }
        latencies.Sort();
        var p50 = latencies[latencies.Count / 2];
        var p95 = latencies[(int)(latencies.Count * 0.95)];
        output.WriteLine($"search latency over {latencies.Count} searches: p50 {p50:F1} ms, p95 {p95:F1} ms");

        // Assert: well inside a chat turn on a 2-core machine, with the model's query encoding included.
        Assert.True(p95 < 250, $"p95 {p95:F1} ms");
    }
}
