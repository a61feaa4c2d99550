using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Auth;

/// <summary>Stops the host at start when the Bot Framework registration is incomplete or unsupported.</summary>
internal sealed class BotAuthOptionsValidation : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }
        if (string.Equals(options.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppType UserAssignedMSI is not supported: use MultiTenant or SingleTenant with MicrosoftAppPassword.");
        }
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppId is set but MicrosoftAppPassword is empty: set it in the environment.");
        }
        if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty.");
        }
        return ValidateOptionsResult.Success;
    }
}
