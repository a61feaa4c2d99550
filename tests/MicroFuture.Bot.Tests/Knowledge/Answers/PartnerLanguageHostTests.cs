using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// Questions in the partners' languages through /api/messages of the real host: the real index over the repository's
/// knowledge, the real embedding model and the embedded (extractive) answers, as a partner would meet them.
/// </summary>
public sealed class PartnerLanguageHostTests(PartnerLanguageHostTests.Host host) : IClassFixture<PartnerLanguageHostTests.Host>
{
    private LoopbackConnector Connector => host.Connector;

    private HttpClient Client => host.Client;

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
        foreach (var row in Questions)
        {
            var (language, question, fact, note) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);

            // Act: each question in its own chat, so none reads as a follow-up of another.
            await Client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(Connector.ServiceUrl, question, conversationId: $"a:personal-{language}")));
            var reply = (await Connector.NextAsync()).Activity!;

            // Assert
            Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
            Assert.Contains(fact, reply.Text, StringComparison.Ordinal);
            Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
            var entity = Assert.Single(reply.Entities!);
            Assert.Equal("https://schema.org/Message", entity.Type);
            Assert.NotEmpty(entity.Properties!["citation"].EnumerateArray());
        }
    }

    [Fact]
    public async Task FollowUpInAPartnerLanguage_ThroughApiMessages_IsAnsweredForTheNewCountry()
    {
        // Arrange
        await Client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(Connector.ServiceUrl, "Quale legge regola il microcredito in Italia?", conversationId: "a:personal-follow-up")));
        var first = (await Connector.NextAsync()).Activity!;

        // Act: "and in Romania?"
        await Client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(Connector.ServiceUrl, "E in Romania?", conversationId: "a:personal-follow-up")));
        var followUp = (await Connector.NextAsync()).Activity!;

        // Assert
        Assert.Contains("Article 111", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("La base di conoscenza del progetto è in inglese", followUp.Text, StringComparison.Ordinal);
        Assert.Contains("93/2009", followUp.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quel temps fera-t-il à Paris demain ?", "La base de connaissances du projet ne couvre pas cette question", "Please ask the project coordinator")]
    [InlineData("Quanti abitanti ha la Svezia?", "La base di conoscenza del progetto non copre questa domanda", "Please ask the partner Region Örebro County")]
    public async Task OffTopicQuestionInAPartnerLanguage_ThroughApiMessages_IsDeclinedInThatLanguageNamingWhomToAsk(string question, string note, string whom)
    {
        // Act: a chat of its own, so the question is no follow-up of another test's.
        await Client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(Connector.ServiceUrl, question, conversationId: $"a:personal-{Guid.NewGuid()}")));
        var reply = (await Connector.NextAsync()).Activity!;

        // Assert: the country is found through the English reading ("Svezia" is Sweden), so is its partner.
        Assert.StartsWith(note, reply.Text, StringComparison.Ordinal);
        Assert.Contains(whom, reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
    }

    /// <summary>One bot (real index, real model) and its loopback connector for the class; each test chats on its own.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private BotApplication bot = null!;

        public LoopbackConnector Connector { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Connector = await LoopbackConnector.StartAsync();
            bot = new BotApplication();
            Client = bot.CreateClient();
            // Until the model has encoded the sections, searches use full text only (see KnowledgeIndex).
            var index = bot.Services.GetRequiredService<KnowledgeIndex>();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (index.LastBuild is not { Dense: true })
            {
                Assert.True(DateTime.UtcNow < deadline, "the knowledge index never got its vectors");
                await Task.Delay(100);
            }
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await bot.DisposeAsync();
            await Connector.DisposeAsync();
        }
    }
}
