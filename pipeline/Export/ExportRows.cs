namespace Analytics.Pipeline.Export;

/// <summary>What to export: a unit (a province's name for its own index), its province, the year, the index.</summary>
public sealed record ExportRequest(string Unit, string Province, int Year, string IndexCode = "SIPAS");

/// <summary>A criterion of the unit in the year: its value and target, either possibly missing; ValueIsDerived: the value
/// was computed from a stated change (the views' value_is_derived).</summary>
public sealed record CriterionRow(string Criterion, decimal? Value, decimal? Target, string? SourceFile, string? TargetSourceFile,
    bool ValueIsDerived = false);

/// <summary>A figure of a named series (a unit or a criterion) in a year: a value or a rank; IsDerived: that figure was
/// computed from a stated change (a value from "tăng 1,47%", a rank from "giảm 4 bậc").</summary>
public sealed record YearRow(string Name, int Year, decimal? Value, int? Rank, int? RankOf, string? SourceFile, bool IsDerived = false);

/// <summary>A peer unit's value of a criterion in a year; IsDerived: computed from a stated change.</summary>
public sealed record PeerValueRow(string Unit, string Criterion, int Year, decimal? Value, string? SourceFile, bool IsDerived = false);

/// <summary>A unit's value beside its peer group's average and best.</summary>
public sealed record PeerRow(string Criterion, decimal? Value, decimal? PeerAvg, decimal? PeerBest, long PeerN, string? SourceFile);

/// <summary>A weak criterion with the reasons the analysis gives.</summary>
public sealed record WeakRow(string Criterion, decimal? Value, decimal? GapTo90, decimal? ChangePp, int? Movement,
    IReadOnlyList<string> Reasons, double Severity, string? SourceFile, int? SourceLine);

/// <summary>A figure and where it was read.</summary>
public sealed record DetailRow(string Criterion, decimal? Value, int? Rank, int? RankOf, int? Movement,
    string? SourceFile, int? SourceLine, string? SourceText);

/// <summary>Everything the export reads for one unit.</summary>
public sealed record ExportData(
    ExportRequest Request,
    IReadOnlyList<CriterionRow> Bars,
    IReadOnlyList<YearRow> Trends,
    IReadOnlyList<YearRow> Ranks,
    IReadOnlyList<YearRow> PeerRanks,
    IReadOnlyList<PeerValueRow> PeerValues,
    IReadOnlyList<PeerRow> Peers,
    IReadOnlyList<WeakRow> Weak,
    IReadOnlyList<DetailRow> Details,
    IReadOnlyDictionary<string, DocumentName>? Documents = null)
{
    /// <summary>The documents behind <paramref name="files"/>, named by kind, number, issuer and date.</summary>
    public IReadOnlyList<string> Sources(IEnumerable<string?> files) =>
        SourceNames.Of(Documents ?? new Dictionary<string, DocumentName>(), files);
}
