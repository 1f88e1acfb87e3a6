using System.Security.Cryptography;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>An earlier version of a document, as kept.</summary>
public sealed record KeptVersion(string SourceFile, string Sha256, string Kind, long Bytes, DateTime? LoadedAt, DateTime? SupersededAt,
    int Figures, int Targets, int Tasks, string Reason, string Path);

/// <summary>
/// Earlier versions of documents: every replaced or removed version is kept (raw_document_versions, the view
/// document_versions) with its file's path and SHA-256, and can be loaded again from that file. Removing a document
/// takes its figures, targets, tasks and findings out in one transaction and keeps it as a version.
/// </summary>
public static class DocumentVersions
{
    /// <summary>The version loaded under <paramref name="name"/>, or null.</summary>
    public static LoadedVersion? Loaded(DuckDbConnection con, string name) =>
        con.Query(Sql.Load("Load/Dml/document_sha.sql"), r => new LoadedVersion(r.String(0)!, r.Long(1) ?? 0, r.String(2)), name).FirstOrDefault();

    /// <summary>Every kept earlier version, newest first.</summary>
    public static IReadOnlyList<KeptVersion> Kept(DuckDbConnection con) => con.Query(Sql.Load("Load/Dml/kept_versions.sql"), r => new KeptVersion(
        r.String(0)!, r.String(1)!, r.String(2)!, r.Long(3) ?? 0, r.Timestamp(4), r.Timestamp(5), r.Int(6) ?? 0, r.Int(7) ?? 0, r.Int(8) ?? 0,
        r.String(9)!, r.String(10)!));

    /// <summary>Every path a loaded document or a kept version is read from.</summary>
    public static IReadOnlySet<string> KeptPaths(DuckDbConnection con) =>
        con.Query(Sql.Load("Load/Dml/kept_paths.sql"), r => r.String(0)!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Removes a loaded document with all its rows (kept as a 'removed' version); false when it is not loaded.</summary>
    public static bool Remove(DuckDbConnection con, string name) => con.Transaction(c =>
    {
        if (c.Scalar<string>(Sql.Load("Load/Dml/document_sha.sql"), name) is null) return false;
        c.Execute(Sql.Load("Load/Dml/bump_generation.sql"));
        c.Execute(Sql.Load("Load/Dml/keep_version.sql"), name, "removed");
        DocumentWriter.Delete(c, name, DocumentWriter.Tables);
        return true;
    });

    /// <summary>
    /// Loads a kept version of <paramref name="name"/> again (the one loaded now is kept in its turn). The outcome, or
    /// why it cannot be restored: no such version, or its file is gone or changed.
    /// </summary>
    public static (IngestOutcome? Outcome, string? Problem) Restore(DuckDbConnection con, string name, string sha, ResultsDefaults? defaults = null)
    {
        if (con.Scalar<string>(Sql.Load("Load/Dml/document_version.sql"), name, sha) is not { } path)
            return (null, IngestMessages.VersionNotKept(name));
        if (!File.Exists(path) || Sha(path) != sha) return (null, IngestMessages.VersionFileGone(path));
        var outcome = Ingestor.IngestFile(con, path, name, defaults);
        if (!outcome.Failed) con.Execute(Sql.Load("Load/Dml/forget_version.sql"), name, sha);
        return (outcome, null);
    }

    /// <summary>Records a file refused before it reached the reader (an upload's pre-check), so it shows among the rejections.</summary>
    public static void RecordRefusal(DuckDbConnection con, string name, string message) => con.Transaction(c =>
    {
        using var rows = new DocumentRows(c);
        Rejections.Write(c, rows, name, null, "", [new Model.Finding(name, 0, Model.Severities.Error, message)]);
    });

    private static string Sha(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
