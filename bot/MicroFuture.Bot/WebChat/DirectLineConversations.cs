using System.Collections.Concurrent;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// The live Direct Line conversations, bounded: idle ones expire, and when the cap is reached the least recently
/// active one is dropped to make room. Expiry is checked on use, so no timer is needed.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    public int Count => _conversations.Count;

    public DirectLineConversation Start(ChannelAccount user)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var conversation = new DirectLineConversation(user, settings.MaxActivitiesPerConversation, now, settings.TokenLifetime);
        lock (_createGate)
        {
            RemoveIdle(now);
            while (_conversations.Count >= Math.Max(1, settings.MaxConversations))
            {
                var oldest = _conversations.Values.MinBy(c => c.LastActive);
                if (oldest is null)
                {
                    break;
                }
                _conversations.TryRemove(oldest.Id, out _);
            }
            _conversations[conversation.Id] = conversation;
        }
        return conversation;
    }

    /// <summary>The conversation, or null when it is unknown or has expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        if (IsIdle(conversation, time.GetUtcNow()))
        {
            _conversations.TryRemove(conversationId, out _);
            return null;
        }
        return conversation;
    }

    /// <summary>Drops a conversation (e.g. one whose start could not reach the bot).</summary>
    public void Forget(string conversationId) => _conversations.TryRemove(conversationId, out _);

    /// <summary>The conversation whose current token is <paramref name="token"/>, or null.</summary>
    public DirectLineConversation? FindByToken(string? token)
    {
        var now = time.GetUtcNow();
        return _conversations.Values.FirstOrDefault(c => !IsIdle(c, now) && c.Accepts(token, now));
    }

    private void RemoveIdle(DateTimeOffset now)
    {
        foreach (var conversation in _conversations.Values.Where(c => IsIdle(c, now)).ToList())
        {
            _conversations.TryRemove(conversation.Id, out _);
        }
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive > options.Value.IdleTimeout;
}
