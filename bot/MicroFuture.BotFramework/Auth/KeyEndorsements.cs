using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MicroFuture.BotFramework.Auth;

/// <summary>Reads the Bot Connector's <c>endorsements</c> (channel ids a key may sign for) from a JWKS key.</summary>
internal static class KeyEndorsements
{
    public const string Member = "endorsements";

    public static IReadOnlyList<string> Of(JsonWebKey key) =>
        key.AdditionalData.TryGetValue(Member, out var value) ? Strings(value) : [];

    private static string[] Strings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        string single => [single],
        IEnumerable<object> items => [.. items.OfType<object>().Select(item => item is JsonElement element ? element.ToString() : item.ToString() ?? "")],
        _ => [],
    };
}
