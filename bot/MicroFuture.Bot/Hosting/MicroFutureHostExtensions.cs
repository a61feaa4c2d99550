using MicroFuture.Bot.Downloads;
using MicroFuture.Bot.Feedback;
using MicroFuture.Bot.Help;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Schedule.Commands;
using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Storage;
using MicroFuture.Bot.WebChat;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Configuration.Json;

namespace MicroFuture.Bot.Hosting;

/// <summary>Composition of the product: configuration, the protocol engine, storage and the features.</summary>
public static class MicroFutureHostExtensions
{
    /// <summary>Reads the repository's <c>appsettings.json</c> in place of the project's own, then registers everything.</summary>
    public static WebApplicationBuilder AddMicroFuture(this WebApplicationBuilder builder)
    {
        var configurationFile = UseRootConfigurationFile(builder);
        // Resolved from the final configuration: sources a test host adds after this call (DataDirectory) count too.
        builder.Services.AddSingleton(sp => DataDirectory.FromConfiguration(sp.GetRequiredService<IConfiguration>(), configurationFile));

        // Before AddBotFramework, whose MemoryStorage default only applies when no IStorage is registered.
        builder.Services.AddMicroFutureStorage(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<ITurnMiddleware, CardSubmitMiddleware>();
        builder.Services.AddSingleton<IBot, MicroFutureBot>();

        // Before the help feature: while a proposal dialog runs, its messages (help included) go to the dialog first.
        builder.Services.AddProposals();
        builder.Services.AddSingleton<HelpCatalog>();
        builder.Services.AddSingleton(new HelpEntry("help", "Show this list of what I can do.", Order: 0));
        builder.Services.AddSingleton<IBotFeature, WelcomeAndHelpFeature>();

        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddDownloads(builder.Configuration);
        builder.Services.AddSingleton<MicroFuture.Bot.Proposals.Export.ProposalExporter>();

        // Who is a coordinator, and the partner organisations (root keys Coordinators and Partners).
        builder.Services.AddOptions<MicroFuture.Bot.Schedule.ProjectDirectoryOptions>().Bind(builder.Configuration);
        builder.Services.AddSingleton<MicroFuture.Bot.Schedule.ProjectDirectory>();
        builder.Services.AddKnowledge(builder.Configuration, configurationFile);

        // The curated knowledge files (Knowledge:Folder), the calendar and the coordinators' meeting commands.
        builder.Services.AddMeetingCommands();

        // Proactive conversations, reminders (Quartz), RSVP, mute, attendance and deliveries (section Reminders).
        builder.Services.AddReminderDelivery(builder.Configuration);
        builder.Services.AddSingleton(new HelpEntry("mute reminders", "Stop meeting reminders for you (unmute reminders turns them back on).", Order: 60));
        builder.Services.AddSingleton(new HelpEntry("attendance <id>", "Coordinators: who answered Attending, Not attending or Maybe for a meeting.", Order: 61));
        builder.Services.AddSingleton(new HelpEntry("deliveries <id>", "Coordinators: the delivery ledger of a meeting's reminders (sent, blocked, late...).", Order: 62));

        // Answers from the knowledge (extractive, or grounded generation with Azure OpenAI) and the feedback loop.
        builder.Services.AddKnowledgeAnswers(builder.Configuration);
        builder.Services.AddAnswerFeedback();
        return builder;
    }

    /// <summary>Maps the bot's HTTP endpoints.</summary>
    public static WebApplication MapMicroFuture(this WebApplication app)
    {
        app.MapBotEndpoints();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapWebChat();
        app.MapDownloads();
        app.MapReminderDelivery();
        return app;
    }

    // The default appsettings.json sources sit below environment variables and the command line; ours takes
    // their place so that --urls or MicrosoftAppPassword from the environment still win over the file.
    private static string UseRootConfigurationFile(WebApplicationBuilder builder)
    {
        var path = ConfigurationFile.Locate(builder.Environment.ContentRootPath);
        var sources = builder.Configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource json && json.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true);
        var ours = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        ours.ResolveFileProvider();
        if (index < 0)
        {
            sources.Insert(0, ours);
        }
        else
        {
            sources.Insert(index, ours);
        }
        return path;
    }
}
