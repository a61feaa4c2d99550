using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule;

/// <summary>A partner organisation of the project (config <c>Partners</c>).</summary>
public sealed class PartnerOrganisation
{
    public string Name { get; set; } = "";
    public string Country { get; set; } = "";

    /// <summary>IANA time zone, e.g. <c>Europe/Rome</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>ISO 639-1 language, e.g. <c>it</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Members: Entra (AAD) object ids or channel user ids.</summary>
    public List<string> Members { get; set; } = [];
}

/// <summary>Who is who: config keys <c>Coordinators</c> (ids) and <c>Partners</c> (organisations with members).</summary>
public sealed class ProjectDirectoryOptions
{
    public List<string> Coordinators { get; set; } = [];
    public List<PartnerOrganisation> Partners { get; set; } = [];
}

/// <summary>
/// Answers "is this user a coordinator?" and "which partner is this user with?". A user matches an entry by
/// Entra object id or by channel user id, so the same list works in Teams and in local Web Chat.
/// Every coordinator-only path (commands, cards, invokes) asks here on the server side.
/// </summary>
public sealed class ProjectDirectory(IOptions<ProjectDirectoryOptions> options)
{
    public IReadOnlyList<PartnerOrganisation> Partners => options.Value.Partners;

    public bool IsCoordinator(ChannelAccount? user) => user is not null && options.Value.Coordinators.Any(id => Matches(user, id));

    /// <summary>The user's partner organisation, or null when the user is in none.</summary>
    public PartnerOrganisation? PartnerOf(ChannelAccount? user) =>
        user is null ? null : options.Value.Partners.FirstOrDefault(p => p.Members.Any(id => Matches(user, id)));

    /// <summary>A partner by its configured name, ignoring case.</summary>
    public PartnerOrganisation? FindPartner(string name) =>
        options.Value.Partners.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool Matches(ChannelAccount user, string id) =>
        !string.IsNullOrWhiteSpace(id)
        && (string.Equals(user.AadObjectId, id, StringComparison.OrdinalIgnoreCase) || string.Equals(user.Id, id, StringComparison.Ordinal));
}
