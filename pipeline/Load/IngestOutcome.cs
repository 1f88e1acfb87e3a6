using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Load;

/// <summary>What happened to one file: loaded, replaced (changed since last time), unchanged, skipped or failed.</summary>
public sealed record IngestOutcome(string SourceFile, string Path, string Status, Extraction? Extraction, IReadOnlyList<Finding> Problems)
{
    public bool Failed => Status == IngestStatus.Failed;

    /// <summary>Skipped because a document with the same content is loaded under this other name.</summary>
    public string? DuplicateOf { get; init; }
}

public static class IngestStatus
{
    public const string Loaded = "loaded";
    public const string Replaced = "replaced";
    public const string Unchanged = "unchanged";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}
