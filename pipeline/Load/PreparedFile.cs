using System.Security.Cryptography;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Load;

/// <summary>The version of a document loaded under a name: its SHA-256, how many figures, targets and tasks it gave, and
/// the readers' version that read it (null: loaded before it was stored).</summary>
public sealed record LoadedVersion(string Sha, long Items, string? Reader = null);

/// <summary>
/// One file read and extracted, ready to be written: either Done (nothing to write: skipped, unchanged), a Refusal
/// (its errors are recorded, its loaded rows stay as they were) or an Extraction to load. Preparing touches no database,
/// so files are prepared in parallel while the writer stays single.
/// </summary>
internal sealed record PreparedFile(string Name, string Path, string? Sha, bool IsNew, IngestOutcome? Done = null,
    IReadOnlyList<Finding>? Refusal = null, Extraction? Extraction = null)
{
    /// <param name="previous">The version loaded under this name, or null.</param>
    /// <param name="loadedAs">The name under which a document with this SHA-256 is loaded (another name), or null.</param>
    /// <param name="sample">The database is the sample (<see cref="SampleData"/>): only synthetic documents go in; else none.</param>
    public static PreparedFile Read(string name, string path, LoadedVersion? previous, ResultsDefaults? defaults, Func<string, string?> loadedAs,
        bool sample = false)
    {
        var previousSha = previous?.Sha;
        if (InputFiles.SkipReason(path) is { } why)
            return new(name, path, null, false, Done: new IngestOutcome(name, path, IngestStatus.Skipped, null, [new Finding(name, 0, Severities.Warning, why)]));
        long length;
        try
        {
            length = new FileInfo(path).Length;
            if (length > Ingestor.MaxBytes) return Refused(name, path, null, previousSha is null, IngestMessages.TooLarge(length, Ingestor.MaxBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(name, path, null, previousSha is null, IngestMessages.Unreadable(e.Message));
        }
        using var lease = ReadBudget.Shared.Reserve(ReadBudget.Cost(name, length));
        return ReadWithin(name, path, previous, defaults, loadedAs, sample);
    }

    // The file's bytes read and extracted, within the memory reserved for it.
    private static PreparedFile ReadWithin(string name, string path, LoadedVersion? previous, ResultsDefaults? defaults, Func<string, string?> loadedAs,
        bool sample)
    {
        var previousSha = previous?.Sha;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(name, path, null, previousSha is null, IngestMessages.Unreadable(e.Message));
        }
        // Mixing synthetic and real data is refused before anything is read or written (nothing recorded, not even a rejection).
        if (SampleData.Refusal(sample, name, bytes) is { } mixed)
            return new(name, path, null, false, Done: new IngestOutcome(name, path, IngestStatus.Failed, null, [new Finding(name, 0, Severities.Error, mixed)]));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (previousSha == sha && previous!.Reader == DocumentReader.Version)
            return new(name, path, sha, false, Done: new IngestOutcome(name, path, IngestStatus.Unchanged, null, []));
        if (loadedAs(sha) is { } other)
            return new(name, path, sha, false, Done: new IngestOutcome(name, path, IngestStatus.Skipped, null,
                [new Finding(name, 0, Severities.Warning, IngestMessages.DuplicateContent(other))]) { DuplicateOf = other });
        var extraction = DocumentReader.Read(name, bytes, defaults);
        var items = extraction.Observations.Count + extraction.Targets.Count + extraction.Tasks.Count;
        // Said in the outcome, not stored with the document: what a document loads never depends on what it replaced.
        IReadOnlyList<Finding>? notes = !extraction.Failed && previous is { } p && items < p.Items
            ? [new Finding(name, 0, Severities.Warning, IngestMessages.ReplacesLarger(p.Items, items))]
            : previousSha == sha ? [new Finding(name, 0, Severities.Warning, IngestMessages.ReadAgain)] : null;
        return extraction.Failed
            ? new(name, path, sha, previousSha is null, Refusal: extraction.Findings.Where(f => f.Severity == Severities.Error).ToList(), Extraction: extraction)
            : new(name, path, sha, previousSha is null, Extraction: extraction) { Notes = notes };
    }

    /// <summary>The file skipped: its content is also <paramref name="other"/>'s, read earlier in the same run.</summary>
    public static PreparedFile Duplicate(PreparedFile file, string other) => file with
    {
        Extraction = null, Refusal = null,
        Done = new IngestOutcome(file.Name, file.Path, IngestStatus.Skipped, null,
            [new Finding(file.Name, 0, Severities.Warning, IngestMessages.DuplicateContent(other))]) { DuplicateOf = other },
    };

    public static PreparedFile Refused(string name, string path, string? sha, bool isNew, string message) =>
        new(name, path, sha, isNew, Refusal: [new Finding(name, 0, Severities.Error, message)]);

    /// <summary>What became of the file once written.</summary>
    public IngestOutcome Outcome() => Done ?? (Refusal is not null
        ? new IngestOutcome(Name, Path, IngestStatus.Failed, Extraction, Refusal)
        : new IngestOutcome(Name, Path, IsNew ? IngestStatus.Loaded : IngestStatus.Replaced, Extraction, Notes ?? []));

    /// <summary>Warnings about the load itself (a replacement giving fewer figures than the version it replaces).</summary>
    public IReadOnlyList<Finding>? Notes { get; init; }
}
