using Analytics.Pipeline.Sequence;
using System.Reflection;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Fuzz;

/// <summary>How many rows of each kind one loaded document holds.</summary>
public sealed record DocumentCounts(string SourceFile, string Sha256, long Observations, long Targets, long Tasks, long Warnings);

/// <summary>What a database holds, for comparing runs: per-document counts, partial documents, view hashes, data checks.</summary>
/// <remarks>AnalyticsLagged: the stored analytics lagged the documents as found (a run stopped between a document's commit and
/// the refresh); opening the database for writing rebuilt them before the snapshot was read.</remarks>
public sealed record DbSnapshot(bool HasSchema, IReadOnlyList<DocumentCounts> Documents, IReadOnlyList<string> Orphans,
    IReadOnlyList<(string View, long Rows, string Hash)> Views, IReadOnlyList<CheckFailure> Checks, bool AnalyticsLagged = false)
{
    /// <summary>This tool's embedded queries (next to this file).</summary>
    private static readonly Assembly Here = typeof(DbSnapshot).Assembly;

    /// <summary>Opens the database file as the next ingest would (replaying its log, bringing schema and stored analytics up to
    /// date) and reads it; throws when it will not open.</summary>
    public static DbSnapshot Read(string path)
    {
        bool lagged;
        using (var found = DuckDb.Open(path))
        using (var con = found.Connect())
            lagged = con.Scalar<bool>(Sql.Load(Here, "has_schema.sql")) && con.Scalar<bool>(Sql.Load(Here, "analytics_lag.sql"));
        using var db = Stages.OpenForWrite(path);
        using var next = db.Connect();
        return Read(next) with { AnalyticsLagged = lagged };
    }

    public static DbSnapshot Read(DuckDbConnection con)
    {
        if (!con.Scalar<bool>(Sql.Load(Here, "has_schema.sql"))) return new(false, [], [], [], []);
        var documents = con.Query(Sql.Load(Here, "document_counts.sql"), r => new DocumentCounts(r.String(0)!, r.String(1)!,
            r.Long(2) ?? 0, r.Long(3) ?? 0, r.Long(4) ?? 0, r.Long(5) ?? 0));
        var orphans = con.Query(Sql.Load(Here, "orphan_rows.sql"), r => r.String(0)!);
        var views = con.Query(Sql.Load(Here, "view_hashes.sql"), r => (r.String(0)!, r.Long(1) ?? 0, r.String(2)!));
        return new(true, documents, orphans, views, DataChecks.Run(con));
    }

    /// <summary>The ways this snapshot falls short of whole documents: a document whose rows are not those of the same version in a reference run, rows without a document, failed checks.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyDictionary<(string File, string Sha), DocumentCounts> reference)
    {
        var problems = new List<string>();
        foreach (var d in Documents)
        {
            if (!reference.TryGetValue((d.SourceFile, d.Sha256), out var expected)) problems.Add($"{d.SourceFile}: version {d.Sha256[..12]} never loaded by a reference run");
            else if (expected != d) problems.Add($"partial document {d.SourceFile}: {d} but whole it is {expected}");
        }
        problems.AddRange(Orphans.Select(o => $"rows of {o} without its document"));
        problems.AddRange(Checks.Select(c => $"data check {c.Check}: {c.Key}: {c.Problem}"));
        return problems;
    }
}
