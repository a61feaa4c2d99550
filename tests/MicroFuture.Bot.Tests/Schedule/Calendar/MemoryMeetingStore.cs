using MicroFuture.Bot.Schedule;

namespace MicroFuture.Bot.Tests.Schedule.Calendar;

/// <summary>An in-memory <see cref="IMeetingStore"/> for calendar tests that are not about storage.</summary>
internal sealed class MemoryMeetingStore(params Meeting[] meetings) : IMeetingStore
{
    private readonly List<Meeting> _meetings = [.. meetings];

    public Task AddAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        _meetings.Add(meeting);
        return Task.CompletedTask;
    }

    public Task<Meeting?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_meetings.FirstOrDefault(m => m.Id == id));

    public Task<IReadOnlyList<Meeting>> UpcomingAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Meeting>>([.. _meetings.Where(m => !m.Cancelled && m.StartUtc >= fromUtc).OrderBy(m => m.StartUtc)]);

    public Task UpdateAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        _meetings.RemoveAll(m => m.Id == meeting.Id);
        _meetings.Add(meeting);
        return Task.CompletedTask;
    }
}
