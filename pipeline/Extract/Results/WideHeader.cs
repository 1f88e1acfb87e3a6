using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>What a column of a wide table holds. Criterion: a key of Glossary/criteria.csv for Value and Rank columns.
/// Note: the table's own remark on a row ('Ghi chú'), kept with the row's figures.</summary>
public enum ColumnRole { Ignore, Unit, Value, Rank, Unknown, Note }

public sealed record TableColumn(int Index, ColumnRole Role, string? Criterion, string Header);

/// <summary>
/// The header of a wide results table, as published in Vietnamese: 'STT', 'Đơn vị', criterion names or 'Tiêu chí 1 …',
/// 'Chỉ số hài lòng', 'Xếp hạng'; possibly two rows (a merged parent over 'Tỷ lệ (%)' / 'Xếp hạng').
/// </summary>
public static partial class WideHeader
{
    private static readonly string[] Ignored =
        ["stt", "tt", "so tt", "so thu tu", "so phieu", "so luong phieu", "so phieu khao sat", "don vi tinh", "xep loai"];

    /// <summary>The role of a column from its (combined) heading.</summary>
    public static TableColumn Classify(int index, string header)
    {
        var key = Fold.Key(header);
        if (key == "ghi chu" || key.StartsWith("ghi chu ", StringComparison.Ordinal)) return new(index, ColumnRole.Note, null, header);
        if (key.Length == 0 || Ignored.Any(i => key == i || key.StartsWith(i + " ", StringComparison.Ordinal)) || key.Contains("tang giam"))
            return new(index, ColumnRole.Ignore, null, header);
        if (IsUnitHeading(key)) return new(index, ColumnRole.Unit, null, header);
        if (IsRankHeading(key)) return new(index, ColumnRole.Rank, CriterionKeys.Of(header), header);
        if (CriterionKeys.Of(header) is { } criterion) return new(index, ColumnRole.Value, criterion, header);
        return new(index, ColumnRole.Unknown, null, header);
    }

    /// <summary>Whether a row looks like a header: it names the units and at least one figure column.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells)
    {
        var columns = cells.Select((c, i) => Classify(i, c)).ToList();
        return columns.Any(c => c.Role == ColumnRole.Unit)
            && columns.Any(c => c.Role is ColumnRole.Value or ColumnRole.Rank || TieuChi().IsMatch(Fold.Key(c.Header)));
    }

    /// <summary>Whether the row under the header is a second header row (no unit name, no figures).</summary>
    public static bool IsSubHeader(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        var unitAt = header.ToList().FindIndex(h => IsUnitHeading(Fold.Key(h)));
        var unit = unitAt < row.Count ? Units.CleanText(row[unitAt]) : "";
        if (unit.Length > 0 && unit != Units.CleanText(header[unitAt]) && !IsColumnNumber(unit)) return false;
        return row.Any(c => Units.CleanText(c).Length > 0)
            && !row.Any(c => !IsColumnNumber(Units.CleanText(c)) && Numbers.TryPct(c, out var v) && v is not null);
    }

    /// <summary>Combines one or two header rows into columns, with Findings for columns it cannot read.</summary>
    public static (IReadOnlyList<TableColumn> Columns, IReadOnlyList<Finding> Findings) Columns(
        string file, int line, IReadOnlyList<string> header, IReadOnlyList<string>? sub)
    {
        var texts = Combine(header, sub);
        var columns = new List<TableColumn>();
        var findings = new List<Finding>();
        var lastValue = (string?)null;
        foreach (var raw in texts.Select((t, i) => Classify(i, t)))
        {
            var column = raw;
            if (column.Role == ColumnRole.Rank && column.Criterion is null)
                column = lastValue is null ? column with { Role = ColumnRole.Unknown } : column with { Criterion = lastValue };
            if (column.Role is ColumnRole.Value or ColumnRole.Rank
                && columns.Any(c => c.Role == column.Role && c.Criterion == column.Criterion))
            {
                findings.Add(Warn(file, line, ResultsErrors.RepeatedColumn(column.Header, Criteria.NameVi(column.Criterion!))));
                column = column with { Role = ColumnRole.Ignore };
            }
            if (column.Role == ColumnRole.Value) lastValue = column.Criterion;
            if (column.Role == ColumnRole.Unknown)
                findings.Add(Warn(file, line, TieuChi().IsMatch(Fold.Key(column.Header))
                    ? ResultsErrors.UnnamedCriterion(column.Header) : ResultsErrors.UnknownColumn(column.Header)));
            columns.Add(column);
        }
        return (columns, findings);
    }

    public static bool IsColumnNumber(string cell) => ColumnNumber().IsMatch(cell);

    private static List<string> Combine(IReadOnlyList<string> header, IReadOnlyList<string>? sub)
    {
        var width = Math.Max(header.Count, sub?.Count ?? 0);
        var parents = Enumerable.Range(0, width).Select(j => j < header.Count ? Units.CleanText(header[j]) : "").ToArray();
        var children = Enumerable.Range(0, width)
            .Select(j => sub is not null && j < sub.Count && !IsColumnNumber(Units.CleanText(sub[j])) ? Units.CleanText(sub[j]) : "").ToArray();
        for (var j = 1; j < width; j++)
            if (parents[j].Length == 0 && children[j].Length > 0 && children[j - 1].Length > 0) parents[j] = parents[j - 1];
        return Enumerable.Range(0, width)
            .Select(j => children[j].Length == 0 || children[j] == parents[j] ? parents[j] : (parents[j] + " " + children[j]).Trim())
            .ToList();
    }

    private static readonly string[] UnitHeadingStarts = ["don vi", "ten don vi", "co quan", "ten co quan", "co quan don vi", "ten co quan don vi"];

    // Not the units ranked: 'Đơn vị chủ trì', 'Cơ quan, đơn vị phối hợp' (plan task tables), 'Đơn vị tính'.
    private static readonly string[] NotUnitHeading = ["chu tri", "phoi hop", "thuc hien", "don vi tinh", "lien quan", "ban hanh"];

    private static bool IsUnitHeading(string key) =>
        UnitHeadingStarts.Any(s => key == s || key.StartsWith(s + " ", StringComparison.Ordinal))
        && !NotUnitHeading.Any(key.Contains) && CriterionKeys.Of(key) is null;

    private static bool IsRankHeading(string key) =>
        key.Contains("xep hang") || key.Contains("thu hang") || key == "hang" || key.StartsWith("hang ", StringComparison.Ordinal);

    private static Finding Warn(string file, int line, string message) => new(file, line, Severities.Warning, message);

    [GeneratedRegex(@"^tieu chi \d+$")]
    private static partial Regex TieuChi();

    [GeneratedRegex(@"^\(?\d{1,2}\)?$|^\(\d{1,2}\)\s*=.*$")]
    private static partial Regex ColumnNumber();
}
