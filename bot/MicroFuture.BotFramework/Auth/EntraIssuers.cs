namespace MicroFuture.BotFramework.Auth;

/// <summary>Issuers of Entra-issued tokens for a bot (the Bot Service's tenant, plus the bot's own when single-tenant).</summary>
internal static class EntraIssuers
{
    /// <summary>Tenant of the Azure Bot Service, which issues the Entra tokens of multi-tenant bots.</summary>
    public const string BotServiceTenant = "69e9b82d-4842-4902-8d1e-abc5b98a55e8";

    public static string[] For(string? botTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(botTenantId) ? [BotServiceTenant] : new[] { BotServiceTenant, botTenantId.Trim() };
        return [.. tenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }
}
