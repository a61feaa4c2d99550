using System.Globalization;
using System.Text;

namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>The answers to calendar questions, from the merged event list, written for one reader's zone.</summary>
public static class CalendarAnswers
{
    public const string NothingFoundHint = "Type **meetings** to see the meetings coordinators have scheduled.";
    private const int MaxListed = 10;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "is", "was", "were", "will", "be", "did", "does", "do", "take", "took", "place", "happen", "happened",
        "held", "our", "of", "in", "on", "at", "to", "for", "meeting", "meetings", "event", "events", "project", "microfuture",
    };

    /// <summary>"When is the next meeting?": the first event still to come that is not a project phase.</summary>
    public static string Next(IReadOnlyList<ProjectEvent> events, DateTimeOffset now, TimeZoneInfo zone, bool showIds)
    {
        var next = events.FirstOrDefault(e => !e.IsPhase && e.StartsAtOrAfter(now, zone));
        return next is null
            ? $"No meeting is planned after today in the project calendar. {NothingFoundHint}"
            : "The next meeting: " + EventText.Line(next, zone, showIds);
    }

    /// <summary>"What happens in May 2027?": every event that overlaps the month.</summary>
    public static string InMonth(IReadOnlyList<ProjectEvent> events, int year, int month, TimeZoneInfo zone, bool showIds)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var name = first.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var found = events.Where(e => e.Overlaps(first, last, zone)).ToList();
        return found.Count == 0
            ? $"Nothing is in the project calendar for {name}. {NothingFoundHint}"
            : List($"In {name}:", found, zone, showIds);
    }

    /// <summary>"When was the Kamnik meeting?": events whose title or place has every significant word of the question.</summary>
    public static string Search(IReadOnlyList<ProjectEvent> events, string question, TimeZoneInfo zone, bool showIds)
    {
        var words = Words(question).Where(w => !StopWords.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return $"Which meeting do you mean? Ask e.g. \"when was the Kamnik meeting?\". {NothingFoundHint}";
        }
        var found = events.Where(e => words.All(w => Words($"{e.Title} {e.Location}").Contains(w, StringComparer.OrdinalIgnoreCase))).ToList();
        return found.Count == 0
            ? $"I found no event about \"{string.Join(' ', words)}\" in the project calendar. {NothingFoundHint}"
            : List(found.Count == 1 ? "Found:" : $"{found.Count} events match:", found, zone, showIds);
    }

    public static string List(string heading, IReadOnlyList<ProjectEvent> events, TimeZoneInfo zone, bool showIds)
    {
        var text = new StringBuilder(heading);
        foreach (var e in events.Take(MaxListed))
        {
            text.Append("\n- ").Append(EventText.Line(e, zone, showIds));
        }
        if (events.Count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- ... and {events.Count - MaxListed} more.");
        }
        return text.ToString();
    }

    // Words without accents, so "Orebro" finds "Örebro".
    private static IEnumerable<string> Words(string text) =>
        RemoveDiacritics(text).Split([' ', ',', '.', '?', '!', ';', ':', '(', ')', '"', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }
}
