using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// Questions in the partners' languages through /api/messages of the real host: the real index over the repository's
/// knowledge, the real embedding model and the embedded (extractive) answers, as a partner would meet them.
/// </summary>
public sealed class PartnerLanguageHostTests
{
    public static TheoryData<string, string, string, string> Questions => new()
    {
        // language, question, a fact the knowledge gives, the note in the partner's language
        { "fr", "Qui a fondé l'Adie ?", "Maria Nowak", "La base de connaissances du projet est en anglais" },
        { "it", "Che cos'è PerMicro?", "Turin", "La base di conoscenza del progetto è in inglese" },
        { "ro", "Ce lege reglementează instituțiile financiare nebancare în România?", "93/2009", "Baza de cunoștințe a proiectului este în limba engleză" },
        { "sv", "När grundades Mikrofonden Sverige?", "2010", "Projektets kunskapsbas är på engelska" },
        { "sl", "Kdaj je bilo peto srečanje projekta MICROFUTURE v Kamniku?", "21-22 May 2025", "Baza znanja projekta je v angleščini" },
    };

    [Fact]
    public async Task QuestionInEachPartnerLanguage_ThroughApiMessages_IsAnsweredFromTheKnowledgeWithCitationsAndANoteInThatLanguage()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await WaitForTheModelAsync(bot.Services.GetRequiredService<KnowledgeIndex>());

        foreach (var row in Questions)
        {
            var (language, question, fact, note) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);

            // Act: each question in its own chat, so none reads as a follow-up of another.
            await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, question, conversationId: $"a:personal-{language}")));
            var reply = (await connector.NextAsync()).Activity!;

            // Assert
            Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
            Assert.Contains(fact, reply.Text, StringComparison.Ordinal);
            Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
            var entity = Assert.Single(reply.Entities!);
            Assert.Equal("https://schema.org/Message", entity.Type);
            Assert.NotEmpty(entity.Properties!["citation"].EnumerateArray());
        }
    }

    [Theory]
    [InlineData("Quel temps fera-t-il à Paris demain ?", "La base de connaissances du projet ne couvre pas cette question", "Please ask the project coordinator")]
    [InlineData("Quanti abitanti ha la Svezia?", "La base di conoscenza del progetto non copre questa domanda", "Please ask the partner Region Örebro County")]
    public async Task OffTopicQuestionInAPartnerLanguage_ThroughApiMessages_IsDeclinedInThatLanguageNamingWhomToAsk(string question, string note, string whom)
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await WaitForTheModelAsync(bot.Services.GetRequiredService<KnowledgeIndex>());

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, question)));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert: the country is found through the English reading ("Svezia" is Sweden), so is its partner.
        Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
        Assert.Contains(whom, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
    }

    // Until the model has encoded the sections, searches use full text only (see KnowledgeIndex).
    private static async Task WaitForTheModelAsync(KnowledgeIndex index)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (index.LastBuild is not { Dense: true })
        {
            Assert.True(DateTime.UtcNow < deadline, "the knowledge index never got its vectors");
            await Task.Delay(100);
        }
    }
}
