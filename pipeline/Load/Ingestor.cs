using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// Loads documents into the database, each whole or not at all. An unchanged file (same name, same SHA-256) is left as it
/// is; a changed one replaces its own rows only; a failed one changes nothing but its rejection record. Files are only
/// read, never modified. A bulk ingest reads and extracts a batch of files in parallel, then writes the batch in one
/// transaction (one commit, one log flush, for up to <see cref="BatchSize"/> documents); if the database refuses one of
/// them, the batch is rolled back and written again one document per transaction, so only that one fails. What follows
/// a change (stored analytics, task links) is not Load's: the opening sequence above (Sequence/Stages) runs it.
/// </summary>
public static class Ingestor
{
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Documents per transaction of a bulk ingest (and per parallel read).</summary>
    public const int BatchSize = 64;

    /// <param name="batchSize">Documents per transaction (1: each in its own).</param>
    public static IEnumerable<IngestOutcome> IngestPaths(DuckDbConnection con, IEnumerable<string> paths, ResultsDefaults? defaults = null,
        int batchSize = BatchSize)
    {
        var loaded = con.Query(Sql.Load("Load/Dml/document_shas.sql"), r => (File: r.String(0)!, Version: new LoadedVersion(r.String(1)!, r.Long(2) ?? 0, r.String(3))))
            .ToDictionary(d => d.File, d => d.Version, StringComparer.Ordinal);
        var bySha = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, version) in loaded.OrderBy(l => l.Key, StringComparer.Ordinal)) bySha.TryAdd(version.Sha, file);
        var sample = SampleData.IsSample(con);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in InputFiles.Expand(paths).Chunk(Math.Max(1, batchSize)))
        {
            var named = chunk.Select(path =>
            {
                var name = Path.GetFileName(path);
                var first = seen.TryAdd(name, path) ? null : seen[name];
                return (Name: name, Path: path, First: first);
            }).ToList();
            var prepared = named.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(f => f.First is { } first
                    ? new PreparedFile(f.Name, f.Path, null, false, Done: Fail(f.Name, f.Path, IngestMessages.DuplicateName(first)))
                    : PreparedFile.Read(f.Name, f.Path, loaded.GetValueOrDefault(f.Name), defaults,
                        sha => bySha.TryGetValue(sha, out var other) && other != f.Name ? other : null, sample))
                .ToArray();
            // A file whose content another file of this run already brought is a duplicate too (first in order wins).
            foreach (var f in prepared.Where(f => f.Sha is not null && f.Done is null && f.Refusal is null))
                if (!bySha.TryAdd(f.Sha!, f.Name) && bySha[f.Sha!] != f.Name)
                    prepared[Array.IndexOf(prepared, f)] = PreparedFile.Duplicate(f, bySha[f.Sha!]);
            foreach (var outcome in WriteBatch(con, prepared)) yield return outcome;
        }
    }

    /// <summary>
    /// Ingests one file in its own transaction; <paramref name="sourceName"/> overrides
    /// the stored name (uploads keep the user's name); <paramref name="defaults"/> give the province, year and index of
    /// results tables whose title does not.
    /// </summary>
    public static IngestOutcome IngestFile(DuckDbConnection con, string path, string? sourceName = null, ResultsDefaults? defaults = null)
    {
        var name = sourceName ?? Path.GetFileName(path);
        return WriteAlone(con, PreparedFile.Read(name, path, DocumentVersions.Loaded(con, name), defaults,
            sha => con.Query(Sql.Load("Load/Dml/document_with_sha.sql"), r => r.String(0), sha, name).FirstOrDefault(),
            SampleData.IsSample(con)));
    }

    private static IReadOnlyList<IngestOutcome> WriteBatch(DuckDbConnection con, PreparedFile[] files)
    {
        if (files.All(f => f.Done is not null)) return files.Select(f => f.Outcome()).ToList();
        try
        {
            con.Transaction(c =>
            {
                using var rows = new DocumentRows(c);
                foreach (var f in files) Write(c, rows, f);
            });
            return files.Select(f => f.Outcome()).ToList();
        }
        catch (DuckDbException)
        {
            return files.Select(f => WriteAlone(con, f)).ToList();
        }
    }

    private static IngestOutcome WriteAlone(DuckDbConnection con, PreparedFile file)
    {
        if (file.Done is not null) return file.Outcome();
        try
        {
            con.Transaction(c =>
            {
                using var rows = new DocumentRows(c);
                Write(c, rows, file);
            });
            return file.Outcome();
        }
        catch (DuckDbException e) when (file.Refusal is null)
        {
            var refused = PreparedFile.Refused(file.Name, file.Path, file.Sha, file.IsNew, IngestMessages.Database(e.Message))
                with { Extraction = file.Extraction };
            return WriteAlone(con, refused);
        }
    }

    private static void Write(DuckDbConnection con, DocumentRows rows, PreparedFile file)
    {
        if (file.Done is not null) return;
        if (file.Refusal is not null) Rejections.Write(con, rows, file.Name, file.Sha, file.Path, file.Refusal);
        else DocumentWriter.Replace(con, rows, file.Extraction!, file.Path, file.IsNew);
    }

    private static IngestOutcome Fail(string name, string path, string message) =>
        new(name, path, IngestStatus.Failed, null, [new Finding(name, 0, Severities.Error, message)]);
}
