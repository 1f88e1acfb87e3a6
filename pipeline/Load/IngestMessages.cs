namespace Analytics.Pipeline.Load;

/// <summary>Every message the load stage reports, in one place.</summary>
public static class IngestMessages
{
    public const string SkippedReadme = "skipped: documentation of the data folder, not a document to load";
    public const string SkippedReference = "skipped: reference table of the 2025 reorganisation, read by the units registry";

    public const string SkippedDatabase = "skipped: a DuckDB database file (the product's own store), not a document";

    public static string DuplicateName(string first) => $"another file of the same name was ingested in this run ({first}); rename one of them";
    public static string DuplicateContent(string other) => $"skipped: the same content (SHA-256) is already loaded as {other}";
    public static string ReplacesLarger(long before, long after) =>
        $"replaces a version that gave more figures, targets and tasks ({before} → {after}); the earlier version is kept (document_versions) and can be restored";
    public const string ReadAgain =
        "read again: the file is unchanged but was loaded by an earlier version of the readers; the earlier reading is kept (document_versions)";
    public static string VersionNotKept(string name) => $"no earlier version of {name} with that SHA-256 is kept";
    public static string VersionFileGone(string path) => $"the kept file {path} is gone or has changed: the version cannot be restored";
    public static string NotLoaded(string name) => $"{name} is not loaded";
    public static string TooLarge(long bytes, long max) => $"file is {bytes / 1048576.0:0.0} MB, more than the {max / 1048576} MB limit";
    public static string Unreadable(string why) => $"cannot read the file: {why}";
    public static string SyntheticIntoReal(string name) =>
        $"{name} is a synthetic document (named synth_… or marked (SYNTHETIC)) and this database holds real data: never mixed; synthetic documents go into the sample database only";
    public static string RealIntoSample(string name) =>
        $"{name} is not a synthetic document and this database is the sample (DỮ LIỆU MÔ PHỎNG): never mixed; real documents go into a real database";
    public static string NotEmptyForSample(string db) => $"{db} already holds real documents: the sample database goes into its own file";
    public static string Database(string why) => $"database refused the document, nothing was loaded: {why}";
}
