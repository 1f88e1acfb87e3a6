using System.Text.RegularExpressions;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// The long published-results format of data/: one figure per row, columns
/// scope, province, unit, year, index, criterion, value_pct, rank, rank_of, source_url, notes (dot decimals).
/// Every data row becomes an observation or a warning Finding saying why not.
/// </summary>
public static partial class LongResults
{
    public static readonly IReadOnlyList<string> Columns =
        ["scope", "province", "unit", "year", "index", "criterion", "value_pct", "rank", "rank_of", "source_url", "notes"];

    public const string NationalMax = "Cả nước (cao nhất)";
    public const string NationalMin = "Cả nước (thấp nhất)";

    /// <summary>Whether a header names exactly the columns of the long format, in any order.</summary>
    public static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count == Columns.Count && fields.Select(f => f.Trim().ToLowerInvariant()).Order().SequenceEqual(Columns.Order());

    /// <summary>The data rows after <paramref name="header"/>: each an observation or a warning.</summary>
    public static (IReadOnlyList<Observation> Observations, IReadOnlyList<Finding> Findings) Read(
        string file, IReadOnlyList<string> header, IEnumerable<CsvRecord> rows)
    {
        var order = Columns.Select(c => header.Select(h => h.Trim().ToLowerInvariant()).ToList().IndexOf(c)).ToArray();
        var observations = new List<Observation>();
        var findings = new List<Finding>();
        foreach (var row in rows.Where(r => r.Raw.Trim().Length > 0))
        {
            var (observation, problem) = ReadRow(file, row, order);
            if (observation is not null) observations.Add(observation);
            else findings.Add(new Finding(file, row.Line, Severities.Warning, problem!, row.Raw));
        }
        return (observations, findings);
    }

    private static (Observation?, string?) ReadRow(string file, CsvRecord row, int[] order)
    {
        if (row.Fields.Count != Columns.Count) return (null, ResultsErrors.FieldCount(row.Fields.Count, Columns.Count));
        var f = order.Select(i => Units.CleanText(row.Fields[i])).ToArray();
        var (scope, provinceText, unitText, yearText, indexText, criterionText, valueText, rankText, rankOfText, _, notes) =
            (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
        var index = IndexNames.Classify(indexText);
        if (index is null) return (null, ResultsErrors.UnknownIndex(indexText));
        if (index.Code is null) return (null, ResultsErrors.NotIndexed(indexText, index.Reason ?? "not an index we compare"));
        if (Numbers.Year(yearText) is not { } year) return (null, ResultsErrors.BadYear(yearText));
        var extreme = ExtremePattern().Match(criterionText);
        var criterionName = extreme.Success ? criterionText[..extreme.Index].Trim() : criterionText;
        if (CriterionKeys.Of(criterionName) is not { } criterion) return (null, ResultsErrors.UnknownCriterion(criterionText));
        var (unit, kind, province, unitProblem) = UnitOf(scope, provinceText, unitText, extreme);
        if (unitProblem is not null) return (null, unitProblem);
        if (!Numbers.TryPct(valueText, out var value)) return (null, ResultsErrors.BadValue("value_pct", valueText));
        if (value is < 0 or > 100) return (null, ResultsErrors.ValueOutOfRange("value_pct", valueText));
        if (!Numbers.TryRank(rankText, out var rank, out _)) return (null, ResultsErrors.BadRank("rank", rankText));
        if (!Numbers.TryRank(rankOfText, out var rankOf, out _)) return (null, ResultsErrors.BadRank("rank_of", rankOfText));
        if (rank > rankOf) return (null, ResultsErrors.RankBeyond(rank.Value, rankOf!.Value));
        if (value is null && rank is null) return (null, ResultsErrors.NothingToRecord(notes));
        return (new Observation(unit!, kind!, province, year, index.Code, criterion, criterionText, value, rank, rankOf,
            null, null, false, "published", new SourceRef(file, row.Line, row.Raw, Note: notes.Length > 0 ? notes : null)), null);
    }

    private static (string? Unit, string? Kind, string? Province, string? Problem) UnitOf(
        string scope, string provinceText, string unitText, Match extreme)
    {
        if (scope == Units.NationalKind)
        {
            if (extreme.Success) return (extreme.Groups[1].Value.Equals("maximum", StringComparison.OrdinalIgnoreCase) ? NationalMax : NationalMin, Units.NationalKind, null, null);
            var key = Fold.Key(unitText);
            return key.Contains("average") || key.Contains("trung binh") || key.Contains("binh quan")
                ? (Units.National, Units.NationalKind, null, null)
                : (null, null, null, ResultsErrors.NationalUnit(unitText));
        }
        if (Units.MatchProvince(provinceText) is not { } province) return (null, null, null, ResultsErrors.UnknownProvince(provinceText));
        if (scope == Units.ProvinceKind) return (province, Units.ProvinceKind, province, null);
        if (scope is not ("department" or "vertical_agency" or "district")) return (null, null, null, ResultsErrors.UnknownScope(scope));
        var resolved = Units.Resolve(unitText, province);
        var kind = resolved.Kind?.EndsWith("_average", StringComparison.Ordinal) == true ? resolved.Kind : scope;
        return (resolved.Name, kind, province, null);
    }

    [GeneratedRegex(@"\((maximum|minimum) across \d+ provinces\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtremePattern();
}
