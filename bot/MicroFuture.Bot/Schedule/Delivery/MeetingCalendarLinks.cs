using System.Security.Cryptography;
using System.Text;
using MicroFuture.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// Unguessable links to a meeting's .ics file: <c>/meetings/{id}/{token}.ics</c>, the token being an HMAC of the
/// meeting id with a key generated once and kept in the data directory (file <see cref="KeyFileName"/>), so links
/// stay valid across restarts without storing a token per meeting, and ids alone reveal nothing.
/// </summary>
public sealed class MeetingCalendarLinks
{
    public const string KeyFileName = "ics-link.key";
    private readonly byte[] _key;
    private readonly string _baseUrl;

    public MeetingCalendarLinks(DataDirectory data, IOptions<ReminderOptions> options, IConfiguration configuration)
    {
        _key = LoadOrCreateKey(Path.Combine(data.Path, KeyFileName));
        var configured = options.Value.PublicBaseUrl;
        var listening = configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        _baseUrl = (string.IsNullOrWhiteSpace(configured) ? listening ?? "http://localhost:3978" : configured).TrimEnd('/');
    }

    public string TokenFor(string meetingId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(meetingId)).AsSpan(0, 16));

    public bool IsValid(string meetingId, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TokenFor(meetingId)), Encoding.ASCII.GetBytes(token.ToLowerInvariant()));

    public string UrlFor(string meetingId) => $"{_baseUrl}/meetings/{Uri.EscapeDataString(meetingId)}/{TokenFor(meetingId)}.ics";

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim()); // another instance created it first
        }
    }
}
