namespace Analytics.Dashboard;

/// <summary>
/// Where the database and uploads live, and the upload limits. Relative paths are taken from the repository root
/// (the folder holding Analytics.sln above the content root), so `dotnet run --project dashboard` finds data/.
/// </summary>
public sealed record DashboardSettings(string DbPath, string UploadDir, long MaxFileBytes, int MaxFiles)
{
    public const string DefaultDb = "data/analytics.duckdb";
    public const string DefaultUploads = "uploads";

    public static DashboardSettings From(IConfiguration config, string contentRoot)
    {
        var root = RepoRoot(contentRoot);
        return new DashboardSettings(
            Resolve(root, config["Analytics:Db"] ?? DefaultDb),
            Resolve(root, config["Analytics:Uploads"] ?? DefaultUploads),
            config.GetValue("Analytics:MaxUploadBytes", 10L * 1024 * 1024),
            config.GetValue("Analytics:MaxUploadFiles", 20));
    }

    private static string Resolve(string root, string path) =>
        path == ":memory:" || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));

    private static string RepoRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        return contentRoot;
    }
}
