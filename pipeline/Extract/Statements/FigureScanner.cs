using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>
/// Finds the figures of one statement (percentages, ranks, rank changes) and reads each percentage's kind from
/// the words around it. Pure pattern work on folded text; what the figures are about is decided by the caller.
/// </summary>
internal static partial class FigureScanner
{
    public static IReadOnlyList<Figure> Scan(string folded)
    {
        var figures = new List<Figure>();
        var consumed = new List<(int At, int End)>();
        foreach (Match m in Percent().Matches(folded))
        {
            if (consumed.Any(c => m.Index >= c.At && m.Index < c.End)) continue;
            figures.Add(Classify(folded, m, consumed));
        }
        foreach (Match m in PointChange().Matches(folded))
        {
            VnNumber.TryParse(m.Groups["num"].Value, out var points);
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : null;
            figures.Add(new PercentFigure(m.Index, m.Index + m.Length, PercentKind.Change, points, Sign(m.Groups["dir"].Value),
                year, year is null, null, null, null));
        }
        foreach (Match m in Rank().Matches(folded))
            figures.Add(new RankFigure(m.Index, m.Index + m.Length, int.Parse(m.Groups["rank"].Value), int.Parse(m.Groups["of"].Value)));
        foreach (Match m in RankChange().Matches(folded))
            figures.Add(new RankChangeFigure(m.Index, m.Index + m.Length, Sign(m.Groups["dir"].Value) * int.Parse(m.Groups["n"].Value)));
        return figures.OrderBy(f => f.At).ToList();
    }

    private static PercentFigure Classify(string folded, Match m, List<(int, int)> consumed)
    {
        VnNumber.TryParse(m.Groups["num"].Value, out var number);
        var before = folded[Math.Max(0, m.Index - 60)..m.Index];
        var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 90)];
        var end = m.Index + m.Length;
        var compared = Compared().Match(after);
        int? comparedYear = compared.Success && compared.Groups["year"].Success ? int.Parse(compared.Groups["year"].Value) : null;
        var toPrevious = compared.Success && !compared.Groups["year"].Success;
        if (DeltaTail().Match(before) is { Success: true } delta)
        {
            var baseline = Baseline().Match(after);
            if (baseline.Success)
            {
                consumed.Add((end, end + baseline.Length));
                VnNumber.TryParse(baseline.Groups["value"].Value, out var b);
                return new PercentFigure(m.Index, end + baseline.Length, PercentKind.Delta, number, Sign(delta.Groups["dir"].Value),
                    comparedYear, toPrevious, null, b, int.Parse(baseline.Groups["year"].Value));
            }
            return new PercentFigure(m.Index, end, PercentKind.Delta, number, Sign(delta.Groups["dir"].Value),
                comparedYear, toPrevious, null, null, null);
        }
        if (ChangeTail().Match(before) is { Success: true } change)
            return new PercentFigure(m.Index, end, PercentKind.Change, number, Sign(change.Groups["dir"].Value),
                comparedYear, toPrevious, null, null, null);
        int? yearAfter = YearAfter().Match(after) is { Success: true } y ? int.Parse(y.Groups["year"].Value) : null;
        var kind = LevelTail().IsMatch(before) || OrMore().IsMatch(after) ? PercentKind.Level
            : ValueTail().IsMatch(before) ? PercentKind.Value : PercentKind.Other;
        return new PercentFigure(m.Index, end, kind, number, 1, null, false, yearAfter, null, null);
    }

    private static int Sign(string direction) => direction is "giam" or "tut" or "xuong" ? -1 : 1;

    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:[.,]\d{1,3})?)\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?<dir>tang|giam)\s+(?:them\s+)?(?:it nhat|toi thieu)\s*$")]
    private static partial Regex DeltaTail();

    [GeneratedRegex(@"\b(?<dir>tang|giam)\s*(?:them\s*)?$")]
    private static partial Regex ChangeTail();

    [GeneratedRegex(@"\b(?:tren|tu|toi thieu|it nhat|khong duoi|khong thap hon|hon)\s+(?:(?:dat|la)\s+)*$")]
    private static partial Regex LevelTail();

    [GeneratedRegex(@"(?:\b(?:dat|la|dat duoc|bang)\s*[:]?\s*|:\s*)$")]
    private static partial Regex ValueTail();

    [GeneratedRegex(@"^\s*tro\s+len")]
    private static partial Regex OrMore();

    [GeneratedRegex(@"^\s*(?:diem\s+(?:phan tram\s+)?)?so voi\s+(?:nam\s+(?<year>\d{4})|nam truoc|cung ky)")]
    private static partial Regex Compared();

    [GeneratedRegex(@"^[^()%]{0,30}?\(\s*nam\s+(?<year>\d{4})\s+(?:la|dat)\s+(?<value>\d{1,3}(?:[.,]\d{1,3})?)\s*%\s*\)?")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"^\s*(?:tro\s+len\s*)?\)?\s*(?:trong|vao|cua)?\s*nam\s+(?<year>\d{4})")]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"(?:xep\s+hang|xep\s+thu|dung\s+thu|dung\s+hang|\bhang)\s*(?:thu\s*)?(?<rank>\d{1,3})\s*(?:/|tren|trong\s+(?:tong\s+)?so)\s*(?<of>\d{1,3})\b")]
    private static partial Regex Rank();

    [GeneratedRegex(@"\b(?<dir>tang|giam)\s+(?<num>\d{1,2}(?:[.,]\d{1,2})?)\s*diem(?:\s+phan tram)?(?:\s+so voi\s+(?:nam\s+(?<year>\d{4})|nam truoc))?")]
    private static partial Regex PointChange();

    [GeneratedRegex(@"\b(?<dir>tang|giam|tut|xuong)\s+(?<n>\d{1,2})\s+(?:bac|hang|thu hang|vi tri)\b")]
    private static partial Regex RankChange();
}
