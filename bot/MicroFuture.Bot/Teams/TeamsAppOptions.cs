namespace MicroFuture.Bot.Teams;

/// <summary>The publisher details shown in the Teams app store entry: section <c>TeamsApp</c> of the configuration.</summary>
public sealed class TeamsAppOptions
{
    public const string SectionName = "TeamsApp";

    /// <summary>Developer (publisher) name, at most 32 characters.</summary>
    public string? DeveloperName { get; set; }

    /// <summary>Page with support information for the app.</summary>
    public string? WebsiteUrl { get; set; }

    /// <summary>The app's privacy statement.</summary>
    public string? PrivacyUrl { get; set; }

    /// <summary>The app's terms of use.</summary>
    public string? TermsOfUseUrl { get; set; }

    /// <summary>Reasons the section cannot fill a manifest (every key is required by the Teams schema).</summary>
    public IEnumerable<string> Problems()
    {
        (string Key, string? Value)[] required =
        [
            (nameof(DeveloperName), DeveloperName), (nameof(WebsiteUrl), WebsiteUrl),
            (nameof(PrivacyUrl), PrivacyUrl), (nameof(TermsOfUseUrl), TermsOfUseUrl),
        ];
        return required
            .Where(r => string.IsNullOrWhiteSpace(r.Value))
            .Select(r => $"configuration {SectionName}:{r.Key} is empty: set it in appsettings.json or the environment ({SectionName}__{r.Key}=...)");
    }
}
