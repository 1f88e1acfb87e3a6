using System.Security.Cryptography;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// Loads documents into the database, each in its own transaction: whole or not at all. An unchanged file (same name,
/// same SHA-256) is left as it is; a changed one replaces its own rows only; a failed one changes nothing but its
/// rejection record. Files are only read, never modified. After the last file, the stored analytics are rebuilt
/// (<see cref="StoredAnalytics"/>) in one more transaction.
/// </summary>
public static class Ingestor
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public static IEnumerable<IngestOutcome> IngestPaths(DuckDbConnection con, IEnumerable<string> paths, ResultsDefaults? defaults = null)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in InputFiles.Expand(paths))
        {
            var name = Path.GetFileName(path);
            if (seen.TryGetValue(name, out var first))
            {
                yield return Fail(name, path, 0, IngestMessages.DuplicateName(first));
                continue;
            }
            seen[name] = path;
            yield return IngestOne(con, path, null, defaults);
        }
        StoredAnalytics.Refresh(con);
    }

    /// <summary>
    /// Ingests one file; <paramref name="sourceName"/> overrides the stored name (uploads keep the user's name);
    /// <paramref name="defaults"/> give the province, year and index of results tables whose title does not.
    /// </summary>
    public static IngestOutcome IngestFile(DuckDbConnection con, string path, string? sourceName = null, ResultsDefaults? defaults = null)
    {
        var outcome = IngestOne(con, path, sourceName, defaults);
        StoredAnalytics.Refresh(con);
        return outcome;
    }

    private static IngestOutcome IngestOne(DuckDbConnection con, string path, string? sourceName, ResultsDefaults? defaults)
    {
        var name = sourceName ?? Path.GetFileName(path);
        if (InputFiles.SkipReason(path) is { } why)
            return new IngestOutcome(name, path, IngestStatus.Skipped, null, [new Finding(name, 0, Severities.Warning, why)]);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes) return Refuse(con, name, path, IngestMessages.TooLarge(length, MaxBytes));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(con, name, path, IngestMessages.Unreadable(e.Message));
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var previous = con.Scalar<string>(Sql.Load("Load/Dml/document_sha.sql"), name);
        if (previous == sha) return new IngestOutcome(name, path, IngestStatus.Unchanged, null, []);

        var extraction = DocumentReader.Read(name, bytes, defaults);
        if (extraction.Failed)
        {
            Rejections.Record(con, name, sha, path, extraction.Findings);
            return new IngestOutcome(name, path, IngestStatus.Failed, extraction, extraction.Findings.Where(f => f.Severity == Severities.Error).ToList());
        }
        try
        {
            con.Transaction(c => DocumentWriter.Replace(c, extraction, path, isNew: previous is null));
        }
        catch (DuckDbException e)
        {
            var problem = new Finding(name, 0, Severities.Error, IngestMessages.Database(e.Message));
            Rejections.Record(con, name, sha, path, [problem]);
            return new IngestOutcome(name, path, IngestStatus.Failed, extraction, [problem]);
        }
        return new IngestOutcome(name, path, previous is null ? IngestStatus.Loaded : IngestStatus.Replaced, extraction, []);
    }

    // Refused before its bytes were read (no SHA-256): recorded like any rejection, so it is shown with its reason.
    private static IngestOutcome Refuse(DuckDbConnection con, string name, string path, string message)
    {
        var outcome = Fail(name, path, 0, message);
        Rejections.Record(con, name, null, path, outcome.Problems);
        return outcome;
    }

    private static IngestOutcome Fail(string name, string path, int line, string message) =>
        new(name, path, IngestStatus.Failed, null, [new Finding(name, line, Severities.Error, message)]);
}
