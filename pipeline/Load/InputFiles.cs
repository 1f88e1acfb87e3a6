namespace Analytics.Pipeline.Load;

/// <summary>Which files an ingest reads: the files named, and every file below the folders named, in a stable order.</summary>
public static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!Path.GetFileName(file).StartsWith('.')) yield return file;
            }
            else yield return path; // a missing file is reported by IngestFile, not skipped
        }
    }

    /// <summary>Files that travel with the data but are not documents to load: READMEs, reference tables, the database itself.</summary>
    public static string? SkipReason(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase)) return IngestMessages.SkippedReadme;
        if (name.StartsWith("unit_changes", StringComparison.OrdinalIgnoreCase)) return IngestMessages.SkippedReference;
        if (name.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".wal", StringComparison.OrdinalIgnoreCase))
            return IngestMessages.SkippedDatabase;
        return null;
    }
}
