using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>An index as written: its code (SIPAS | PAR_INDEX), or the reason it is not one of ours.</summary>
public sealed record IndexName(string? Code, string? Reason);

/// <summary>Index names as written (Glossary/indices.csv) and index words in table titles.</summary>
public static class IndexNames
{
    public const string Sipas = "SIPAS";
    public const string ParIndex = "PAR_INDEX";

    private static readonly IReadOnlyDictionary<string, IndexName> Known = GlossaryData.ReadCsv("indices.csv")
        .ToDictionary(r => Fold.Key(r["index_as_written"]),
            r => new IndexName(Units.NullIfEmpty(r["index_code"]), Units.NullIfEmpty(r["reason"])));

    /// <summary>The index named exactly so (folded), or null when the name is not in the glossary.</summary>
    public static IndexName? Classify(string? text) => Known.GetValueOrDefault(Fold.Key(text));

    /// <summary>The index a title or header mentions: PAR INDEX or SIPAS ('hài lòng'), or null.</summary>
    public static string? Mentioned(string? text)
    {
        var key = " " + Fold.Key(text) + " ";
        if (key.Contains(" par index ") || key.Contains(" chi so cai cach hanh chinh ")) return ParIndex;
        if (key.Contains(" sipas ") || key.Contains(" hai long ")) return Sipas;
        return null;
    }
}
