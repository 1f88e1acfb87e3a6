using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Analytics.Pipeline.Load;
using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// The dashboard as users get it: the built app started as a child process on 127.0.0.1 and a free port, on a database
/// built by ingesting seeds/ and data/ (all but <see cref="HeldBack"/>, which a test uploads), driven by Debian's
/// Chromium through Playwright (never a downloaded browser).
/// </summary>
public class DashboardServer : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("dashboard-test-").FullName;
    private readonly List<string> log = [];
    private Process? process;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public string DbPath => Path.Combine(folder, "analytics.duckdb");
    public string UploadDir => Path.Combine(folder, "uploads");
    public IBrowser Browser { get; private set; } = default!;
    public static string ScreenshotDir => Path.Combine(RepoPaths.Root, "tests", "artifacts", "screenshots");

    /// <summary>The seed plan (Gia Lai) kept out of the initial ingest, so the upload test can add it.</summary>
    public const string HeldBack = "004_eff36063a9686b3b.txt";

    public async Task InitializeAsync()
    {
        BuildDatabase();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        process = Start($"http://{BindHost}:{port}");
        await WaitUntilUpAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A page at laptop size (1366×768 unless told), with script errors, CSP violations and enhanced navigations
    /// that fell back to a full page load collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1366, int height = 768, string? readKey = null,
        bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "vi-VN", AcceptDownloads = true,
            JavaScriptEnabled = javaScript,
            HttpCredentials = readKey is null ? null : new HttpCredentials { Username = "", Password = readKey },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // Blazor only warns when enhanced navigation gives up for a full page load; for these pages that is a fault.
        page.Console += (_, m) =>
        {
            if (m.Type == "error" || (m.Type == "warning" && m.Text.StartsWith("Enhanced navigation failed", StringComparison.Ordinal)))
                errors.Add(m.Text);
        };
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors);
    }

    public string Log => string.Join('\n', log);

    /// <summary>The server's resident memory now (VmRSS of /proc), in bytes.</summary>
    public long ServerRss()
    {
        var line = File.ReadLines($"/proc/{process!.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private void BuildDatabase()
    {
        var root = RepoPaths.Root;
        var inputs = Directory.GetFiles(Path.Combine(root, "seeds")).Where(f => Path.GetFileName(f) != HeldBack)
            .Append(Path.Combine(root, "data")).ToList();
        using var db = Stages.OpenForWrite(DbPath);
        using var con = db.Connect();
        var failed = Stages.Ingest(con, inputs).Where(o => o.Failed).Select(o => o.SourceFile).ToList();
        if (failed.Count > 0) throw new InvalidOperationException("seeds/data did not ingest: " + string.Join(", ", failed));
    }

    /// <summary>The address the server listens on (the tests always connect through 127.0.0.1).</summary>
    protected virtual string BindHost => "127.0.0.1";

    protected virtual IEnumerable<string> ExtraArgs => [];

    private Process Start(string url)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "analytics-dashboard.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "dashboard"),
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // The fixture built the database itself: no default data ingested at start.
        foreach (var arg in new[] { dll, "--urls", url, "--Analytics:Db", DbPath, "--Analytics:Uploads", UploadDir, "--Analytics:DefaultInputs", "" }
                     .Concat(ExtraArgs))
            info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production"; // as scripts/run.sh runs it
        var started = Process.Start(info) ?? throw new InvalidOperationException("dashboard did not start");
        started.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        started.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited) throw new InvalidOperationException("dashboard exited:\n" + Log);
            try
            {
                if ((await http.GetAsync(BaseUrl + "/tai-len")).StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("dashboard did not answer within 90 s:\n" + Log);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (process is { HasExited: false }) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        process?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
