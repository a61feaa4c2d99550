using System.Security.Cryptography;

namespace MicroFuture.Bot.Schedule.Meetings;

/// <summary>Short meeting ids people can type: 6 characters without look-alikes (no 0/o, 1/l/i).</summary>
public static class MeetingIds
{
    public const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
    public const int Length = 6;

    public static string NewId() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Ids are compared in lower case, so "K3M9QX" finds "k3m9qx".</summary>
    public static string Normalize(string id) => id.Trim().Trim('`').ToLowerInvariant();
}
