using System.Collections.Concurrent;
using System.Diagnostics;

namespace Analytics.Bench.Harness;

/// <summary>Latencies of one URL under load: p50, p95, count, failures, bytes of the last response.</summary>
public sealed record UrlLatency(string Name, double P50Ms, double P95Ms, int Count, int Failures, long Bytes);

/// <summary>
/// <c>clients</c> concurrent loops over loopback, each requesting the URLs in turn (pages and the static reference
/// interleaved, so all see the same load), until <c>duration</c> has passed or <c>maxRequests</c> were made. A "{n}" in a
/// path is replaced by the request's number, so a cached endpoint renders each request anew.
/// </summary>
public static class LoadLoop
{
    public static async Task<IReadOnlyList<UrlLatency>> Run(Uri server, IReadOnlyList<(string Name, string Path)> urls,
        int clients, TimeSpan duration, int maxRequests)
    {
        if (!server.IsLoopback) throw new ArgumentException("the load loop only talks to loopback addresses");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var samples = urls.ToDictionary(u => u.Name, _ => new ConcurrentBag<double>());
        var failures = new ConcurrentDictionary<string, int>();
        var bytes = new ConcurrentDictionary<string, long>();
        var issued = 0;
        var clock = Stopwatch.StartNew();
        async Task Client(int id)
        {
            for (var i = id; clock.Elapsed < duration && Interlocked.Increment(ref issued) is var n && n <= maxRequests; i++)
            {
                var (name, template) = urls[i % urls.Count];
                var path = template.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) { failures.AddOrUpdate(name, 1, (_, n) => n + 1); continue; }
                    bytes[name] = body.Length;
                    samples[name].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate(name, 1, (_, n) => n + 1);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c))));
        return urls.Select(u =>
        {
            var sorted = samples[u.Name].Order().ToArray();
            return new UrlLatency(u.Name, Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted.Length,
                failures.GetValueOrDefault(u.Name), bytes.GetValueOrDefault(u.Name));
        }).ToList();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
