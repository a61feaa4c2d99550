using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Help;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Schedule.Calendar;
using MicroFuture.Bot.Schedule.Meetings;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// Registers the calendar, the meeting store and the coordinators' commands. No <see cref="IReminderScheduler"/> is
/// registered here: the delivery side (Schedule/Delivery) adds it.
/// </summary>
public static class ScheduleServiceCollectionExtensions
{
    public static IServiceCollection AddMeetingCommands(this IServiceCollection services)
    {
        services.AddSingleton<SqlMeetingStore>();
        services.AddSingleton<IMeetingStore>(sp => sp.GetRequiredService<SqlMeetingStore>());
        services.AddSingleton(sp => KnowledgeCalendar.Load(sp.GetRequiredService<KnowledgeFolder>()));
        services.AddSingleton<ProjectCalendar>();
        services.AddSingleton<CoordinatorGuard>();
        services.AddSingleton<ReminderDispatch>();

        services.AddSingleton<IBotFeature, ScheduleCommandsFeature>();
        services.AddSingleton<IBotFeature, MeetingCommandsFeature>();
        services.AddSingleton<IBotFeature, CalendarFeature>();

        services.AddSingleton(new HelpEntry("when is the next meeting?", "The next meeting in the project calendar, in your time zone. Also: \"what happens in May 2027?\", \"when was the Kamnik meeting?\".", Order: 20));
        services.AddSingleton(new HelpEntry("meetings", "Upcoming meetings the coordinators scheduled (coordinators also see their ids).", Order: 21));
        services.AddSingleton(new HelpEntry("schedule", $"Coordinators: schedule a meeting with a form, or in one line: {ScheduleSyntax.Line} — e.g. {ScheduleSyntax.Example}", Order: 22));
        services.AddSingleton(new HelpEntry("move meeting", $"Coordinators: {ScheduleSyntax.Move}", Order: 23));
        services.AddSingleton(new HelpEntry("cancel meeting", "Coordinators: cancel meeting <id> (its reminders are withdrawn and the audience is told).", Order: 24));
        services.AddSingleton(new HelpEntry("remind now", "Coordinators: remind now <id> sends the meeting's reminder at once.", Order: 25));
        return services;
    }
}
