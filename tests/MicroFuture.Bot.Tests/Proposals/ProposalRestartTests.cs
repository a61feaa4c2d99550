using System.Text.RegularExpressions;
using static MicroFuture.Bot.Tests.Proposals.ProposalAnswers;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>The bot process killed with SIGKILL mid-dialog: the next message after a restart continues where it stopped.</summary>
public sealed partial class ProposalRestartTests
{
    [Fact]
    public async Task ProposalDialog_ProcessKilledMidDialog_ContinuesAtNextStepWithEarlierAnswers()
    {
        // Arrange: a real bot process on a data directory that outlives it
        var dataDirectory = Directory.CreateTempSubdirectory("microfuture-restart-").FullName;
        var port = LoopbackPort.GetFree();
        await using var connector = await LoopbackConnector.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using (var first = await BotProcess.StartAsync(dataDirectory, port))
            {
                http.BaseAddress = first.Address;
                var chat = new ProposalChat(http, connector);
                await chat.SayAsync("new proposal", "Which **partner**");
                await chat.SayAsync(Partner, "Which **territory**");
                await chat.SayAsync(Territory, "policy instrument");
                await chat.SayAsync(Instrument, "managing authority");
                // Wait until that turn has saved its state (turns of a conversation run in order), then kill.
                var status = await chat.SendAndWaitAsync("status");
                Assert.Contains(status, reply => reply.Text?.Contains("1 of 10 sections answered", StringComparison.Ordinal) == true);

                // Act: SIGKILL
                first.Kill();
            }

            using var second = await BotProcess.StartAsync(dataDirectory, port);
            var again = new ProposalChat(http, connector);
            await again.SayAsync(Authority, "Which **kind**");
            await again.SayAsync("1", "problem or gap");
            await again.SayAsync(Problem, "lessons or good practices");
            await again.SayAsync("1", "So far");
            await again.SayAsync("done", "kind of improvement");
            await again.SayAsync("1", "**Action 1**");
            await again.SayAsync(Action1, "**players**");
            await again.SayAsync(Players1, "**timeframe**");
            await again.SayAsync("Q1 2026 to Q4 2027", "**estimated cost**");
            await again.SayAsync("EUR 120,000", "EUR 120,000 — right?");
            await again.SayAsync("yes", "**funding sources**");
            await again.SayAsync(Funding1, "Add another action?");
            await again.SayAsync("no", "What **results**");
            await again.SayAsync(Results, "**monitor**");
            await again.SayAsync(Monitoring, "**approval path**");
            await again.SayAsync(Approval, "**risks**");
            await again.SayAsync("skip", "Here is your proposal");
            var exported = await again.SayAsync("export", "is ready");

            // Assert: the document holds the answers given before the kill and after it
            var link = Link().Match(exported.Text!).Groups["url"].Value;
            using var document = new WordDocument(await http.GetByteArrayAsync(new Uri(link).PathAndQuery));
            Assert.Empty(document.ValidationErrors());
            var text = document.AllText();
            foreach (var answer in new[] { Partner, Territory, Instrument, Authority, Problem, Action1, "120,000" })
            {
                Assert.Contains(answer, text, StringComparison.Ordinal);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file still held by the dying process: the OS cleans temp folders
            }
        }
    }

    [GeneratedRegex(@"\((?<url>https?://[^)\s]+\.docx)\)")]
    private static partial Regex Link();
}
