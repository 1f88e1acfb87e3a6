using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.Bench.Harness;

/// <summary>
/// Which URLs the dashboard benchmark requests: found by following the links of the home page and of the pages it
/// links to (two levels), one URL per route, preferring the one with the most filters in its query; and the static
/// file of the same server whose size is closest to the median page's, as the reference.
/// </summary>
public static partial class DashboardPages
{
    public const string StaticName = "static reference";
    private static readonly string[] Skip = ["/loi", "/khong-tim-thay"];

    public static async Task<IReadOnlyList<(string Name, string Path)>> Discover(Uri server, Report report)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(120) };
        var routes = new Dictionary<string, string> { ["/"] = "/" };
        var assets = new HashSet<string>();
        var frontier = new List<string> { "/" };
        for (var depth = 0; depth < 2; depth++)
        {
            var next = new List<string>();
            foreach (var url in frontier)
            {
                using var response = await http.GetAsync(url);
                if (!IsHtml(response)) continue;
                foreach (var link in Links(await response.Content.ReadAsStringAsync()))
                {
                    var path = link.Split('?')[0];
                    if (Asset().IsMatch(path)) { if (!link.Contains('?')) assets.Add(link); continue; }
                    if (Skip.Contains(path)) continue;
                    if (!routes.TryGetValue(path, out var known)) next.Add(link);
                    if (known is null || link.Length > known.Length) routes[path] = link;
                }
            }
            frontier = next;
        }
        var pages = new List<(string Name, string Path, long Bytes, double RenderMs)>();
        foreach (var (path, url) in routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            // A query key the pages ignore, new each time: the output cache has no copy, so this is a whole render.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var response = await http.GetAsync(url + (url.Contains('?') ? "&" : "?") + "bench_uncached=" + Guid.NewGuid().ToString("N"));
            var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
            var renderMs = clock.Elapsed.TotalMilliseconds;
            if (IsHtml(response)) pages.Add((path, url, bytes, renderMs));
            else report.Note($"not a page (a download, {response.Content.Headers.ContentType?.MediaType}, {bytes / 1024.0:0} KB): {WebUtility.UrlDecode(url)}");
        }
        var median = pages.Select(p => p.Bytes).Order().ElementAt(pages.Count / 2);
        var sized = new List<(string Url, long Bytes)>();
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            if (response.StatusCode == HttpStatusCode.OK) sized.Add((asset, (await response.Content.ReadAsByteArrayAsync()).Length));
        }
        if (sized.Count == 0) throw new InvalidOperationException("the dashboard links no static file to serve as the reference");
        // The static file closest in size to the median page (the dashboard serves only small ones: the largest wins).
        var reference = sized.MinBy(s => Math.Abs(Math.Log((double)Math.Max(1, s.Bytes) / Math.Max(1, median))));
        foreach (var p in pages)
            report.Note($"page {p.Name}: {WebUtility.UrlDecode(p.Path)} ({p.Bytes / 1024.0:0.0} KB; rendered without the output cache in {p.RenderMs:0} ms)");
        report.Note($"static reference: {reference.Url} ({reference.Bytes / 1024.0:0.0} KB; median page {median / 1024.0:0.0} KB; " +
                    $"static files served: {string.Join(", ", sized.Select(s => $"{s.Url} {s.Bytes / 1024.0:0.0} KB"))})");
        return [.. pages.Select(p => (p.Name, p.Path)), (StaticName, reference.Url)];
    }

    private static bool IsHtml(HttpResponseMessage response) =>
        response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html";

    // Links relative to the base href "/" ("don-vi?…", "./app.css") count as "/don-vi?…"; other hosts and schemes do not.
    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.Contains(':'))
            .Select(l => l.StartsWith('/') ? l : "/" + l.TrimStart('.', '/'));

    [GeneratedRegex("(?:href|src)=\"([^\"#]+)")]
    private static partial Regex Href();

    [GeneratedRegex(@"\.(css|js|svg|png|ico|woff2?)$")]
    private static partial Regex Asset();
}
