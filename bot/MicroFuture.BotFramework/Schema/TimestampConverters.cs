using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MicroFuture.BotFramework.Schema;

/// <summary>
/// <c>timestamp</c> is UTC and written with the <c>Z</c> designator, as channels send it; System.Text.Json's default
/// would write <c>+00:00</c>. Fractional seconds are kept to the tick, trailing zeros trimmed.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimestampFormat.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}

/// <summary><c>localTimestamp</c> keeps the sender's offset (<c>+01:00</c>, also <c>+00:00</c>), never converted to UTC.</summary>
public sealed class LocalTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimestampFormat.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}

internal static class TimestampFormat
{
    // ISO 8601 only (what the built-in converter accepts); anything else is a bad activity (400), not a guess.
    public static DateTimeOffset Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw new JsonException("A timestamp must be an ISO 8601 string.");
}
