using Analytics.Bench.Synth;

namespace Analytics.Bench.Harness;

/// <summary>
/// Where a benchmark run keeps its corpora and databases (default /tmp/analytics-bench, never inside data/ or seeds/),
/// the repository it measures, and the printout. Corpora are generated once per parameters (deterministic) and reused.
/// </summary>
public sealed class Workspace(string root, int seed, Report report)
{
    public string Root { get; } = Path.GetFullPath(root);
    public int Seed { get; } = seed;
    public Report Report { get; } = report;

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository (Analytics.sln) above " + AppContext.BaseDirectory);
    }

    public string Db(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Root, "db")).FullName, name + ".duckdb");

    public string Scratch(string name)
    {
        var dir = Path.Combine(Root, "scratch", name);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        return Directory.CreateDirectory(dir).FullName;
    }

    /// <summary>A synthetic corpus, generated when missing (a marker file next to it says it is complete).</summary>
    public string Corpus(int provinces, int departments, int years, int scale)
    {
        var name = $"synth_p{provinces}_d{departments}_y{years}_x{scale}_s{Seed}";
        var dir = Path.Combine(Root, "corpora", name);
        var done = dir + ".done";
        if (File.Exists(done)) return dir;
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        var stats = CorpusWriter.Write(new SynthOptions(dir, provinces, departments, years, scale, Seed));
        File.WriteAllText(done, $"{stats.Documents} documents, {stats.Bytes} bytes\n");
        return dir;
    }

    public string SeedCopies(int count)
    {
        var dir = Path.Combine(Root, "corpora", $"synth_seedcopies_{count}");
        var done = dir + ".done";
        if (File.Exists(done)) return dir;
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        SeedReplicator.Write(Path.Combine(RepoRoot(), "seeds"), dir, count);
        File.WriteAllText(done, $"{count} documents\n");
        return dir;
    }

    public static void DeleteDb(string path)
    {
        foreach (var f in new[] { path, path + ".wal" }) File.Delete(f);
    }
}
