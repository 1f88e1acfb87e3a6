namespace Analytics.Dashboard;

/// <summary>
/// Where the database and uploads live, the upload limits, the default data ingested at start when the database is
/// missing or older than it (Analytics:DefaultInputs), and the access keys used when the dashboard is bound to
/// more than the loopback address (Analytics:UploadKey for uploads; Analytics:ReadKey, optional, for every page), and
/// DuckDB's memory limit (Analytics:DuckDbMemoryLimit, 256MB by default: pages read small stored tables; work past it
/// spills to disk).
/// Relative paths are taken from the repository root (the folder holding Analytics.sln above the content root),
/// so `dotnet run --project dashboard` finds data/.
/// </summary>
public sealed record DashboardSettings(string DbPath, string UploadDir, long MaxFileBytes, int MaxFiles, IReadOnlyList<string> DefaultInputs)
{
    public string? UploadKey { get; init; }
    public string? ReadKey { get; init; }
    public string DuckDbMemoryLimit { get; init; } = DefaultMemoryLimit;

    /// <summary>What the uploads folder may hold (Analytics:UploadQuotaBytes, 500 MB): files of loaded documents and of
    /// kept versions; refused and duplicate uploads are not kept, unconfirmed replacements are cleared after an hour.</summary>
    public long UploadQuotaBytes { get; init; } = DefaultQuota;

    public const long DefaultQuota = 500L * 1024 * 1024;

    /// <summary>Open interactive connections a client (remote address) may hold at once (Analytics:MaxCircuitsPerClient);
    /// past it, a page stays as prerendered (links and forms still work).</summary>
    public int MaxCircuitsPerClient { get; init; } = DefaultCircuitsPerClient;

    public const int DefaultCircuitsPerClient = 10;

    /// <summary>How long an open interactive connection may stay without activity from its browser before the server closes
    /// it and ends its circuit (Analytics:CircuitIdleTimeout, "00:15:00").</summary>
    public TimeSpan CircuitIdleTimeout { get; init; } = DefaultCircuitIdle;

    public static readonly TimeSpan DefaultCircuitIdle = TimeSpan.FromMinutes(15);

    public const string DefaultMemoryLimit = "256MB";

    public const string DefaultDb = "data/analytics.duckdb";
    public const string DefaultUploads = "uploads";
    public const string DefaultInputFolders = "seeds,data";

    public static DashboardSettings From(IConfiguration config, string contentRoot)
    {
        var root = RepoRoot(contentRoot);
        return new DashboardSettings(
            Resolve(root, config["Analytics:Db"] ?? DefaultDb),
            Resolve(root, config["Analytics:Uploads"] ?? DefaultUploads),
            config.GetValue("Analytics:MaxUploadBytes", 10L * 1024 * 1024),
            config.GetValue("Analytics:MaxUploadFiles", 20),
            (config["Analytics:DefaultInputs"] ?? DefaultInputFolders)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Resolve(root, p)).ToList())
        {
            UploadKey = NonEmpty(config["Analytics:UploadKey"]),
            ReadKey = NonEmpty(config["Analytics:ReadKey"]),
            DuckDbMemoryLimit = NonEmpty(config["Analytics:DuckDbMemoryLimit"]) ?? DefaultMemoryLimit,
            UploadQuotaBytes = config.GetValue("Analytics:UploadQuotaBytes", DefaultQuota),
            MaxCircuitsPerClient = config.GetValue("Analytics:MaxCircuitsPerClient", DefaultCircuitsPerClient),
            CircuitIdleTimeout = config.GetValue("Analytics:CircuitIdleTimeout", DefaultCircuitIdle),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Resolve(string root, string path) =>
        path == ":memory:" || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));

    private static string RepoRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        return contentRoot;
    }
}
