using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// One Direct Line conversation in memory: its bearer token and a bounded history of activities, each numbered
/// with a sequence number that doubles as the client's watermark. Thread-safe.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _history = new();
    private readonly int _maxActivities;
    private long _sequence;
    private string _token;
    private DateTimeOffset _tokenExpires;
    private DateTimeOffset _lastActive;
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal DirectLineConversation(ChannelAccount user, int maxActivities, DateTimeOffset now, TimeSpan tokenLifetime)
    {
        Id = NewRandomId(16);
        User = user;
        _maxActivities = Math.Max(1, maxActivities);
        _token = NewRandomId(32);
        _tokenExpires = now + tokenLifetime;
        _lastActive = now;
    }

    public string Id { get; }

    /// <summary>The user the conversation was started for (the <c>membersAdded</c> of the welcome).</summary>
    public ChannelAccount User { get; }

    public string Token
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }
    }

    public DateTimeOffset LastActive
    {
        get
        {
            lock (_gate)
            {
                return _lastActive;
            }
        }
    }

    /// <summary>A URL-safe random string of <paramref name="bytes"/> random bytes.</summary>
    public static string NewRandomId(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>Whether <paramref name="token"/> is this conversation's current, unexpired token (constant-time compare).</summary>
    public bool Accepts(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        lock (_gate)
        {
            return now < _tokenExpires
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(_token));
        }
    }

    /// <summary>Replaces the token with a fresh one valid for <paramref name="lifetime"/>.</summary>
    public string RefreshToken(DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            _token = NewRandomId(32);
            _tokenExpires = now + lifetime;
            _lastActive = now;
            return _token;
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastActive = now;
        }
    }

    /// <summary>
    /// Appends an activity, giving it an id (<c>{conversationId}|{sequence}</c>) unless <paramref name="keepId"/>,
    /// and drops the oldest entries beyond the cap. Returns the activity's id.
    /// </summary>
    public string Append(Activity activity, DateTimeOffset now, bool keepId = false)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            if (!keepId || string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = $"{Id}|{sequence:D7}";
            }
            _history.AddLast(new Entry(sequence, activity));
            while (_history.Count > _maxActivities)
            {
                _history.RemoveFirst();
            }
            _lastActive = now;
            _appended.TrySetResult();
            _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return activity.Id;
        }
    }

    /// <summary>Completes once an activity newer than <paramref name="watermark"/> has been appended (for waiting without polling).</summary>
    public Task AppendedAfterAsync(long watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _sequence > watermark ? Task.CompletedTask : _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Removes the activity with <paramref name="activityId"/>; false when it is not (or no longer) kept.</summary>
    public bool Remove(string activityId)
    {
        lock (_gate)
        {
            for (var node = _history.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Activity.Id, activityId, StringComparison.Ordinal))
                {
                    _history.Remove(node);
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (all kept ones when null) and the watermark to send next:
    /// the last returned sequence number, or the given one when nothing is new.
    /// </summary>
    public (List<Activity> Activities, string Watermark) After(long? watermark, DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastActive = now;
            var activities = new List<Activity>();
            var last = watermark ?? 0;
            foreach (var entry in _history)
            {
                if (watermark is null || entry.Sequence > watermark)
                {
                    activities.Add(entry.Activity);
                    last = entry.Sequence;
                }
            }
            return (activities, last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private sealed record Entry(long Sequence, Activity Activity);
}
