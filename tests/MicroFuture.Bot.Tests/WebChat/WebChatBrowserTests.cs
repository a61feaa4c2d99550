using Microsoft.Playwright;

namespace MicroFuture.Bot.Tests.WebChat;

/// <summary>The bot's own chat page in a real headless Chromium: Web Chat talking to the built-in Direct Line.</summary>
public sealed class WebChatBrowserTests
{
    private static readonly float Timeout = 30_000;

    [Fact]
    public async Task WebChatPage_UserTypesHelp_HelpCardIsShown()
    {
        // Arrange
        var chromium = Chromium.Locate();
        await using var host = WebChatHost.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = Chromium.Arguments });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 900 } });
        var leaks = new List<string>();
        await context.RouteAsync("**/*", route => StaysOnThisMachine(route.Request.Url)
            ? route.ContinueAsync()
            : Abort(route, leaks));
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        var helpCards = page.Locator(".ac-adaptiveCard", new() { HasText = "What I can do" });

        // Act
        await page.GotoAsync(host.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("p", new() { HasText = "Welcome to MicroFuture!" }).First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(helpCards).ToHaveCountAsync(1, new() { Timeout = Timeout });
        var sendBox = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await sendBox.FillAsync("help");
        await sendBox.PressAsync("Enter");

        // Assert: the welcome's card plus the answer's card
        await Assertions.Expect(helpCards).ToHaveCountAsync(2, new() { Timeout = Timeout });
        await Assertions.Expect(helpCards.Last).ToContainTextAsync("Show this list of what I can do.");
        await Assertions.Expect(sendBox).ToHaveValueAsync("");
        await Assertions.Expect(page).ToHaveTitleAsync("MicroFuture");
        if (Environment.GetEnvironmentVariable("WEBCHAT_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        }
        Assert.Empty(leaks);
    }

    private static bool StaysOnThisMachine(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri)
        || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != "ws" && uri.Scheme != "wss")
        || uri.IsLoopback;

    private static Task Abort(IRoute route, List<string> leaks)
    {
        lock (leaks)
        {
            leaks.Add(route.Request.Url);
        }
        return route.AbortAsync();
    }
}
