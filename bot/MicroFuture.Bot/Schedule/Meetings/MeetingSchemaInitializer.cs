namespace MicroFuture.Bot.Schedule.Meetings;

/// <summary>Creates the <c>meetings</c> table when the bot starts, so a broken database shows at once, not at the first command.</summary>
public sealed class MeetingSchemaInitializer(SqlMeetingStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
