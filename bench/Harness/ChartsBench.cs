using System.Diagnostics;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Bench.Harness;

/// <summary>
/// The charts since ScottPlot draws them, on the default database: (1) a unit's whole report pack, and each chart's
/// PNG in-process next to rsvg-convert rasterising the same chart's SVG (the child process every PNG used to start), in
/// the same run; (2) chart downloads under concurrent clients, each request a new render (the output cache bypassed),
/// next to a static file served by the same server in the same loop.
/// </summary>
public static class ChartsBench
{
    private static readonly ExportRequest Unit = new("Sở Công Thương", "Khánh Hòa", 2024);
    private const string Query = "?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024";

    public static void Pack(Workspace w, string db, int runs)
    {
        var r = w.Report;
        r.Section("Report pack per unit (ScottPlot)", $"{db}: {Unit.Unit}, {Unit.Province}, {Unit.Year}, {runs} runs in this process");
        var (times, bytes) = UnitPack.Time(db, Unit, runs);
        var warm = times.Skip(1).Select(t => t.TotalSeconds).Order().ToList();
        var median = warm.Count > 0 ? warm[warm.Count / 2] : times[0].TotalSeconds;
        using var store = Analytics.Pipeline.Store.DuckDb.Open(db, readOnly: true);
        using var con = store.Connect();
        var charts = UnitPack.Read(con, Unit, DateOnly.FromDateTime(DateTime.Today))!.Charts;
        var (scott, rsvg) = PngPerChart(charts.Select(c => c.Chart).ToList());
        var rsvgPack = rsvg.Sum();
        r.Row($"pack per unit, median of warm runs ({bytes / 1024.0:0} KB ZIP)", Report.Ms(median),
            double.IsNaN(rsvgPack) ? "" : Report.Ms(rsvgPack), double.IsNaN(rsvgPack) ? "" : Report.Ratio(median, rsvgPack), "< 1 s", median < 1);
        r.Note($"first (cold) run {Report.Ms(times[0].TotalSeconds)}; reference: rsvg-convert alone on the pack's {charts.Count} SVGs, one process each (the old PNG step)");
        for (var i = 0; i < charts.Count; i++)
            r.Row($"PNG {charts[i].Stem}", Report.Ms(scott[i]), double.IsNaN(rsvg[i]) ? "no rsvg-convert" : Report.Ms(rsvg[i]),
                Report.Ratio(scott[i], rsvg[i]));
    }

    /// <summary>Per chart: the best of three ScottPlot PNG renders, and of three rsvg-convert runs on its SVG (NaN without the tool).</summary>
    private static (List<double> Scott, List<double> Rsvg) PngPerChart(IReadOnlyList<ChartSpec> charts)
    {
        var scott = charts.Select(c => Best(() => ChartPng.Render(c))).ToList();
        var rsvg = charts.Select(c =>
        {
            var svg = ChartSvg.Render(c);
            try { return Best(() => Rsvg(svg)); }
            catch (System.ComponentModel.Win32Exception) { return double.NaN; }
        }).ToList();
        return (scott, rsvg);
    }

    private static double Best(Action run) => Enumerable.Range(0, 3).Select(_ =>
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }).Min();

    private static void Rsvg(string svg)
    {
        var start = new ProcessStartInfo("rsvg-convert") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--format", "png", "--width", $"{ChartPng.PixelWidth(16)}", "--keep-aspect-ratio" }) start.ArgumentList.Add(arg);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        using (var stdin = p.StandardInput.BaseStream) stdin.Write(System.Text.Encoding.UTF8.GetBytes(svg));
        p.WaitForExit();
        output.Wait();
    }

    public static Task Downloads(Workspace w, string db, int clients, TimeSpan duration) =>
        DashboardBench.WithServer(w, $"Chart downloads under {clients} clients", db, "each request a new render; the static reference interleaved",
            async (baseUri, _) =>
            {
                var r = w.Report;
                var reference = (await DashboardPages.Discover(baseUri, r)).Single(u => u.Name == DashboardPages.StaticName);
                (string, string)[] urls =
                [
                    ("chart PNG (criteria)", "/bieu-do/don-vi/hinh-1-tieu-chi.png" + Query + "&bench_uncached={n}"),
                    ("chart SVG (criteria)", "/bieu-do/don-vi/hinh-1-tieu-chi.svg" + Query + "&bench_uncached={n}"),
                    reference,
                ];
                var results = await LoadLoop.Run(baseUri, urls, clients, duration, maxRequests: 100_000);
                var refResult = results.Single(x => x.Name == DashboardPages.StaticName);
                r.Note($"{clients} clients, {duration.TotalSeconds:0} s: {results.Sum(x => x.Count)} responses, {results.Sum(x => x.Failures)} failures, load {Machine.Load()}");
                foreach (var x in results.Where(x => x.Name != DashboardPages.StaticName))
                    r.Row($"{x.Name} p50 / p95 ({x.Bytes / 1024.0:0} KB, {x.Count})", $"{x.P50Ms:0} / {x.P95Ms:0} ms",
                        $"{refResult.P50Ms:0} / {refResult.P95Ms:0} ms", Report.Ratio(x.P95Ms, refResult.P95Ms), "no failures", x.Failures == 0 && x.Count > 0);
                r.Note($"reference: {refResult.Name} ({refResult.Bytes / 1024.0:0} KB), {refResult.Count} responses");
            });
}
