using System.Text;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// The sample database (the synthetic generator's documents, `bench sample`) is never mixed with real data. The
/// database carries its kind (database_kind: 'sample', or no row for real data); a document is synthetic when the
/// generator made it: its name starts with <see cref="FilePrefix"/>, or its text carries <see cref="Marker"/> (text
/// files, UTF-8 or UTF-16; the generator writes it on the first line of every file). A synthetic document is refused
/// by a real database and a real one by the sample, before anything is written.
/// </summary>
public static class SampleData
{
    public const string FilePrefix = "synth_";
    public const string Marker = "(SYNTHETIC)";

    private static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Marker);
    private static readonly byte[] Utf16 = Encoding.Unicode.GetBytes(Marker);
    private static readonly byte[] Utf16Be = Encoding.BigEndianUnicode.GetBytes(Marker);

    /// <summary>Whether the database is the sample (its mark says so).</summary>
    public static bool IsSample(DuckDbConnection con) =>
        con.Query(Sql.Load("Load/Dml/database_kind.sql"), r => r.String(0)).Contains("sample");

    /// <summary>Marks the database as the sample; refused (the reason) when it already holds documents and is not one.</summary>
    public static string? MarkSample(DuckDbConnection con, string dbPath)
    {
        if (IsSample(con)) return null;
        if (con.Scalar<long>(Sql.Load("Load/Dml/held_documents.sql")) > 0) return IngestMessages.NotEmptyForSample(dbPath);
        con.Execute(Sql.Load("Load/Dml/mark_sample.sql"));
        return null;
    }

    public static bool IsSynthetic(string name, ReadOnlySpan<byte> bytes) =>
        name.StartsWith(FilePrefix, StringComparison.OrdinalIgnoreCase)
        || bytes.IndexOf(Utf8) >= 0 || bytes.IndexOf(Utf16) >= 0 || bytes.IndexOf(Utf16Be) >= 0;

    /// <summary>Why the file may not go into the database (it would mix synthetic and real data), or null.</summary>
    public static string? Refusal(bool sampleDatabase, string name, ReadOnlySpan<byte> bytes) =>
        IsSynthetic(name, bytes) == sampleDatabase ? null
        : sampleDatabase ? IngestMessages.RealIntoSample(name) : IngestMessages.SyntheticIntoReal(name);
}
