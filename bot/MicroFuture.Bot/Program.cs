using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge.Curator;
using MicroFuture.Bot.Teams;

// `package` builds the Teams app package instead of starting the bot.
if (args is [AppPackageCommand.Name, .. var packageArgs])
{
    return await AppPackageCommand.RunFromConsoleAsync(packageArgs);
}

// `index` and `ask "question"`: the curators' check of the knowledge folder, without Teams.
if (KnowledgeCuratorCommand.Handles(args))
{
    return await KnowledgeCuratorCommand.RunFromConsoleAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMicroFuture();

var app = builder.Build();
app.MapMicroFuture();
app.Run();
return 0;

/// <summary>Visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
