using MicroFuture.BotFramework.Auth;

namespace MicroFuture.BotFramework.Tests.Auth;

public sealed class BotTokenRequestTests
{
    [Fact]
    public void Authority_DefaultMultiTenant_IsBotFrameworkTenant()
    {
        var authority = BotTokenRequest.Authority(new BotAuthOptions { MicrosoftAppId = "app", MicrosoftAppType = "MultiTenant" });

        Assert.Equal("https://login.microsoftonline.com/botframework.com", authority);
    }

    [Fact]
    public void Authority_SingleTenant_ReplacesTenantOfLoginUrl()
    {
        var authority = BotTokenRequest.Authority(new BotAuthOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = AuthTestValues.BotTenant,
            ToChannelFromBotLoginUrl = "https://login.microsoftonline.us/botframework.com/",
        });

        Assert.Equal($"https://login.microsoftonline.us/{AuthTestValues.BotTenant}", authority);
    }

    [Fact]
    public void Authority_LoginUrlWithoutTenant_GetsBotFrameworkTenantAppended()
    {
        var authority = BotTokenRequest.Authority(new BotAuthOptions { ToChannelFromBotLoginUrl = "https://login.microsoftonline.us" });

        Assert.Equal("https://login.microsoftonline.us/botframework.com", authority);
    }

    [Fact]
    public void Scope_DefaultOAuthScope_IsBotFrameworkDefaultScope() =>
        Assert.Equal("https://api.botframework.com/.default", BotTokenRequest.Scope(new BotAuthOptions()));
}
