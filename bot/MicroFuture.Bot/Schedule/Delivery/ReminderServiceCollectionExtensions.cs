using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Proactive;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>Registers proactive conversations, the reminder scheduler and delivery, and maps the .ics route.</summary>
public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName));

        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddSingleton<ProactiveSender>();
        services.AddHostedService<ServiceUrlTrustRestorer>();

        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<ReminderMuteStore>();
        services.AddSingleton<RsvpStore>();
        services.AddSingleton<SendRateLimiter>();
        services.AddSingleton<MeetingCalendarLinks>();
        services.AddSingleton<ReminderRecipients>();
        services.AddSingleton<ReminderDelivery>();
        services.AddSingleton<QuartzReminderScheduler>();
        services.AddSingleton<IReminderScheduler>(sp => sp.GetRequiredService<QuartzReminderScheduler>());
        services.AddHostedService(sp => sp.GetRequiredService<QuartzReminderScheduler>());
        services.AddSingleton<IBotFeature, ReminderCommandsFeature>();
        return services;
    }

    /// <summary><c>GET /meetings/{id}/{token}.ics</c>: the meeting as an iCalendar file (404 for a wrong token or unknown meeting).</summary>
    public static IEndpointRouteBuilder MapReminderDelivery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/meetings/{id}/{token}.ics", async (string id, string token, MeetingCalendarLinks links, IEnumerable<IMeetingStore> stores, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!links.IsValid(id, token) || stores.LastOrDefault() is not { } store || await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } meeting)
            {
                return Results.NotFound();
            }
            var file = System.Text.Encoding.UTF8.GetBytes(MeetingCalendarFile.Create(meeting, time.GetUtcNow()));
            return Results.File(file, MeetingCalendarFile.ContentType + "; charset=utf-8", $"{id}.ics");
        });
        return endpoints;
    }
}
