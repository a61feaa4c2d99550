using MicroFuture.Bot.Help;
using MicroFuture.Bot.Hosting;

namespace MicroFuture.Bot.Feedback;

/// <summary>Registers answer feedback (the thumbs buttons' invoke and the <c>feedback</c> command).</summary>
public static class FeedbackServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerFeedback(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<IBotFeature, FeedbackFeature>();
        services.AddSingleton(new HelpEntry("feedback", "Coordinators: see how partners rated the answers, with their latest comments.", Order: 90));
        return services;
    }
}
