using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>
/// Remembers recent activity ids so a redelivery (Teams re-sends after 15 s without an answer) runs no second turn.
/// Activities without an id are never treated as duplicates.
/// </summary>
public sealed class ActivityDeduplicator(IMemoryCache cache, IOptions<BotFrameworkOptions> options)
{
    private readonly Lock _gate = new();

    /// <summary>True the first time an activity is seen within the window; false for a redelivery.</summary>
    public bool TryRegister(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }
        var key = Key(activity);
        lock (_gate)
        {
            if (cache.TryGetValue(key, out _))
            {
                return false;
            }
            cache.Set(key, true, options.Value.DeduplicationWindow);
            return true;
        }
    }

    /// <summary>Forgets an activity that was registered but not accepted (e.g. 503), so the channel's retry runs.</summary>
    public void Forget(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Id))
        {
            cache.Remove(Key(activity));
        }
    }

    private static string Key(Activity activity) => $"dedupe|{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
}
