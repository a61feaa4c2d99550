using System.Collections.Concurrent;
using MicroFuture.Bot.Schedule;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>A meeting store for tests that only need meetings to exist.</summary>
internal sealed class InMemoryMeetingStore(params Meeting[] meetings) : IMeetingStore
{
    private readonly ConcurrentDictionary<string, Meeting> _meetings = new(meetings.ToDictionary(m => m.Id));

    public Task AddAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        _meetings[meeting.Id] = meeting;
        return Task.CompletedTask;
    }

    public Task<Meeting?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(_meetings.GetValueOrDefault(id));

    public Task<IReadOnlyList<Meeting>> UpcomingAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Meeting>>([.. _meetings.Values.Where(m => !m.Cancelled && m.StartUtc >= fromUtc).OrderBy(m => m.StartUtc)]);

    public Task UpdateAsync(Meeting meeting, CancellationToken cancellationToken = default) => AddAsync(meeting, cancellationToken);
}
