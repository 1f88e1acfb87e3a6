using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>Reads the body rows of a wide table whose columns, province, year and index are known.</summary>
internal sealed class WideRows(string file, IReadOnlyList<TableColumn> columns, string province, int year, string index, string kind)
{
    private readonly int unitAt = columns.FirstOrDefault(c => c.Role == ColumnRole.Unit)?.Index ?? 0;
    private readonly int? noteAt = columns.FirstOrDefault(c => c.Role == ColumnRole.Note)?.Index;
    private string currentKind = kind;

    private readonly IReadOnlyList<string> criteria = columns
        .Where(c => c.Role is ColumnRole.Value or ColumnRole.Rank).Select(c => c.Criterion!).Distinct().ToList();

    public (List<Observation>, List<Finding>) Read(IReadOnlyList<TableRow> rows)
    {
        var observations = new List<Observation>();
        var findings = new List<Finding>();
        foreach (var row in rows)
        {
            var unitText = Units.CleanText(Cell(row, unitAt));
            var filled = columns.Where(c => c.Role is ColumnRole.Value or ColumnRole.Rank && !Numbers.IsBlank(Units.CleanText(Cell(row, c.Index)))).ToList();
            if (WideHeader.IsColumnNumber(unitText)) continue;
            if (unitText.Length == 0)
            {
                if (filled.Count > 0) findings.Add(Warn(row, ResultsErrors.NoUnit));
                continue;
            }
            if (filled.Count == 0) { currentKind = SectionKind(unitText) ?? currentKind; continue; }
            var (unit, unitKind) = UnitOf(unitText);
            foreach (var criterion in criteria)
                if (Observe(row, unit, unitKind, criterion, findings) is { } o) observations.Add(o);
        }
        return (observations, findings);
    }

    private Observation? Observe(TableRow row, string unit, string unitKind, string criterion, List<Finding> findings)
    {
        var valueColumn = columns.FirstOrDefault(c => c.Role == ColumnRole.Value && c.Criterion == criterion);
        var rankColumn = columns.FirstOrDefault(c => c.Role == ColumnRole.Rank && c.Criterion == criterion);
        decimal? value = null;
        int? rank = null, rankOf = null;
        if (valueColumn is not null)
        {
            var text = Cell(row, valueColumn.Index);
            if (!Numbers.TryPct(text, out value)) { findings.Add(Warn(row, ResultsErrors.BadValue(valueColumn.Header, text))); value = null; }
            else if (value is < 0 or > 100) { findings.Add(Warn(row, ResultsErrors.ValueOutOfRange(valueColumn.Header, text))); value = null; }
        }
        if (rankColumn is not null)
        {
            var text = Cell(row, rankColumn.Index);
            if (!Numbers.TryRank(text, out rank, out rankOf)) { findings.Add(Warn(row, ResultsErrors.BadRank(rankColumn.Header, text))); rank = rankOf = null; }
            else if (rank > rankOf) { findings.Add(Warn(row, ResultsErrors.RankBeyond(rank!.Value, rankOf!.Value))); rank = rankOf = null; }
        }
        if (value is null && rank is null) return null;
        var asWritten = valueColumn?.Header ?? rankColumn!.Header;
        return new Observation(unit, unitKind, province, year, index, criterion, asWritten, value, rank, rankOf,
            null, null, false, "published", new SourceRef(file, row.Line, row.Text, Note: Note(row)));
    }

    // A registry average keeps its kind; 'Trung bình …' / 'Bình quân …' rows are averages of the current kind.
    private (string Unit, string Kind) UnitOf(string text)
    {
        var resolved = Units.Resolve(text, province);
        if (resolved.Kind?.EndsWith("_average", StringComparison.Ordinal) == true) return (resolved.Name, resolved.Kind);
        var key = Fold.Key(text);
        string[] averages = ["trung binh", "binh quan", "toan tinh", "chung toan", "tong"];
        return averages.Any(a => key.StartsWith(a, StringComparison.Ordinal))
            ? (resolved.Name, currentKind + "_average")
            : (resolved.Name, currentKind);
    }

    /// <summary>The kind of units a section heading announces ('I. KHỐI SỞ, BAN, NGÀNH' → department), or null.</summary>
    internal static string? SectionKind(string text)
    {
        var key = " " + Fold.Key(text) + " ";
        if (key.Contains(" nganh doc ") || key.Contains(" trung uong ")) return "vertical_agency";
        if (key.Contains(" khoi so ") || key.Contains(" so ban nganh ") || key.Contains(" co quan chuyen mon ")) return "department";
        if (key.Contains(" cap huyen ") || key.Contains(" khoi huyen ") || key.Contains(" ubnd huyen ")) return "district";
        if (key.Contains(" cap xa ") || key.Contains(" khoi xa ")) return "commune";
        return null;
    }

    private string? Note(TableRow row) => noteAt is { } at && Units.CleanText(Cell(row, at)) is { Length: > 0 } note ? note : null;

    private static string Cell(TableRow row, int at) => at < row.Cells.Count ? row.Cells[at] : "";

    private Finding Warn(TableRow row, string message) => new(file, row.Line, Severities.Warning, message, row.Text);
}
