using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Analytics.Bench.Harness;

/// <summary>
/// The dashboard under load: its Release build started on a free loopback port over the full-scale database, each page
/// requested by 20 and then 100 concurrent clients for 30 s, next to a static file served by the same server in the
/// same loop; and the server's peak memory (VmHWM of its process). Skipped, with a message, when the build is missing.
/// </summary>
public static class DashboardBench
{
    /// <summary>The default database (seeds/ and data/, as scripts/run.sh loads them), made once per workspace.</summary>
    public static string DefaultDb(Workspace w)
    {
        var db = w.Db("default_seeds_data");
        if (File.Exists(db)) return db;
        var repo = Workspace.RepoRoot();
        Child.Run<IngestRun>(["child-ingest", Path.Combine(repo, "seeds"), Path.Combine(repo, "data"), "--db", db], TimeSpan.FromMinutes(10));
        return db;
    }

    public static Task Run(Workspace w, string label, string db, int[] clientCounts, TimeSpan duration) =>
        WithServer(w, $"Dashboard under load: {label}", db, "pages and the static reference interleaved", async (baseUri, server) =>
        {
            var r = w.Report;
            var urls = await DashboardPages.Discover(baseUri, r);
            foreach (var clients in clientCounts)
            {
                var results = await LoadLoop.Run(baseUri, urls, clients, duration, maxRequests: 200_000);
                var reference = results.Single(x => x.Name == DashboardPages.StaticName);
                r.Note($"{clients} clients, {duration.TotalSeconds:0} s: {results.Sum(x => x.Count)} responses, {results.Sum(x => x.Failures)} failures, load {Machine.Load()}");
                foreach (var page in results.Where(x => x.Name != DashboardPages.StaticName))
                    r.Row($"{clients} cl. {page.Name} p50 / p95 ({page.Bytes / 1024.0:0} KB)", $"{page.P50Ms:0.0} / {page.P95Ms:0.0} ms",
                        $"{reference.P50Ms:0.0} / {reference.P95Ms:0.0} ms", Report.Ratio(page.P95Ms, reference.P95Ms),
                        clients == 20 ? "p95 < 100 ms" : "", clients == 20 ? page.P95Ms < 100 && page.Failures == 0 : null);
                r.Note($"reference: {reference.Name} ({reference.Bytes / 1024.0:0} KB), {reference.Count} responses");
            }
        });

    /// <summary>The dashboard's Release build started over <paramref name="db"/> for <paramref name="body"/> (under a section
    /// headed <paramref name="title"/>), then its peak memory reported and the server stopped.</summary>
    public static async Task WithServer(Workspace w, string title, string db, string what, Func<Uri, Process, Task> body)
    {
        var r = w.Report;
        var dll = Path.Combine(Workspace.RepoRoot(), "dashboard/bin/Release/net10.0/analytics-dashboard.dll");
        r.Section(title, $"{dll} over {db}; loopback; {what}");
        if (!File.Exists(dll)) { r.Note("SKIPPED: the dashboard's Release build is not there (dotnet build dashboard -c Release)."); return; }
        var port = FreePort();
        var info = Child.Start(["--urls", $"http://127.0.0.1:{port}", "--Analytics:Db", db, "--environment", "Production"], dll);
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        using var server = Process.Start(info) ?? throw new InvalidOperationException("cannot start the dashboard");
        _ = server.StandardOutput.ReadToEndAsync();
        var stderr = server.StandardError.ReadToEndAsync();
        try
        {
            var baseUri = new Uri($"http://127.0.0.1:{port}/");
            if (!await WaitUp(baseUri, server)) { r.Note($"SKIPPED: the dashboard did not answer: {await stderr}"); return; }
            await body(baseUri, server);
            var peak = Machine.PeakRssKb(server.Id);
            r.Row("dashboard server peak memory (VmHWM)", Report.Mb(peak), "", "", "< 500 MB", peak < 500 * 1024);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            server.WaitForExit(30_000); // the database file stays locked until the server has gone
        }
    }

    private static async Task<bool> WaitUp(Uri uri, Process server)
    {
        using var http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 120 && !server.HasExited; i++)
        {
            try { if ((await http.GetAsync("/")).StatusCode != HttpStatusCode.ServiceUnavailable) return true; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
