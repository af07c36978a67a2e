using Microsoft.Playwright;

namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>
/// One `graph demo` server and one headless Chromium for all browser tests. Chromium is Debian's
/// (`apt-get install -y chromium`), driven by Playwright's bundled driver; without it the tests
/// skip with that reason instead of failing.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>Override with GRAPH_CHROMIUM to use another Chromium build.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("GRAPH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// Set GRAPH_EXPLORER_TEST_SERVER to the address of a running `graph serve` or `graph demo`
    /// to test the page against it instead of starting `graph demo` (handy while developing the page).
    /// </summary>
    public static readonly Uri? ExternalServer =
        Environment.GetEnvironmentVariable("GRAPH_EXPLORER_TEST_SERVER") is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;

    private IPlaywright? playwright;
    private IBrowser? browser;
    private DemoServer? server;
    private GraphApi? api;

    public Uri BaseAddress => ExternalServer ?? Server.BaseAddress;

    public string? SkipReason { get; private set; }

    public DemoServer Server => server ?? throw new InvalidOperationException(SkipReason ?? "not started");

    public GraphApi Api => api ?? throw new InvalidOperationException(SkipReason ?? "not started");

    private DemoData? data;

    /// <summary>The entities the tests look at, chosen from what the API answers; skips the test without Chromium.</summary>
    public DemoData Data
    {
        get
        {
            SkipIfUnavailable();
            return data!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set GRAPH_CHROMIUM).";
            return;
        }
        if (ExternalServer is null)
            server = await DemoServer.StartAsync(CancellationToken.None);
        api = new GraphApi(BaseAddress);
        data = await DemoData.ChooseAsync(api);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    public void SkipIfUnavailable()
    {
        if (SkipReason is not null)
            Assert.Skip(SkipReason);
    }

    /// <summary>A fresh browser context (no shared state between tests) with one page.</summary>
    public async Task<ExplorerPage> OpenPageAsync(string relativeUrl = "")
    {
        SkipIfUnavailable();
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        });
        var page = new ExplorerPage(context, await context.NewPageAsync());
        await page.GotoAsync(relativeUrl);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        api?.Dispose();
        if (server is not null) await server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    // One server and one browser, tests one after another: the machine has two cores.
    public const string Name = "explorer";
}
