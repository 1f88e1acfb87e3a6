using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// A ranking table flattened one cell per paragraph, as a web page's table reads when copied as text: a header of 3–8
/// short cells naming a rank column ("Thứ tự xếp hạng", "STT"), a unit column ("Tên cơ quan, đơn vị") and one total
/// column ("Tổng điểm", "Chỉ số CCHC"), then rows of as many cells. Each row whose rank is a number, whose unit is known
/// and whose total is a level gives a figure; the table ends at the first row that does not. Partial scores ("Điểm đánh
/// giá trực tiếp") are on other scales and never read. No total of ranks is stated, so none is given.
/// </summary>
internal static partial class FlatTable
{
    private const int MaxHeader = 8;

    /// <summary>How many paragraphs from <paramref name="start"/> a flattened table takes (0: none starts there).</summary>
    public static int Read(IReadOnlyList<ParagraphBlock> ps, int start, DocumentState doc, ReadSink sink)
    {
        if (Header(ps, start) is not { } h) return 0;
        var index = h.Index ?? doc.LastIndex ?? doc.OnlyIndex;
        var rows = 0;
        for (var at = start + h.Width; at + h.Width <= ps.Count; at += h.Width, rows++)
        {
            var cells = ps.Skip(at).Take(h.Width).ToList();
            if (Row(cells, h) is not { } row) break;
            if (index is null or IndexToken.Other || doc.MeasuredYear is null) { sink.Warn(cells[h.Value].Line, NarrativeMessages.TableUnclear, row.Text); continue; }
            var province = row.Unit.Province ?? doc.Province;
            if (province is null) { sink.Warn(cells[h.Value].Line, NarrativeMessages.ProvinceUnknown(row.Unit.Unit!), row.Text); continue; }
            sink.Observations.Add(new Observation(row.Unit.Unit!, row.Unit.Kind, province, doc.MeasuredYear.Value, index,
                IndexPhrases.Overall, "", row.Value, row.Rank, null, null, null, false, NarrativeMessages.Origin,
                new SourceRef(sink.File, cells[h.Value].Line, row.Text)));
        }
        return rows == 0 ? 0 : h.Width + rows * h.Width;
    }

    /// <summary>
    /// The lines with a flattened table's rank cells kept: a lone number is a page number to the layout, but where a
    /// header of such a table stands, lone numbers are its rank cells.
    /// </summary>
    public static IReadOnlyList<SourceLine> KeepRankCells(IReadOnlyList<SourceLine> lines)
    {
        var text = lines.Where(l => l.Kind is LineKind.Text or LineKind.Junk).Select(l => FoldedText.Of(l.Text).Trim()).ToList();
        var present = Enumerable.Range(0, text.Count).Any(i => RankHeader().IsMatch(text[i])
            && text.Skip(i + 1).Take(MaxHeader).Any(c => TotalHeader().IsMatch(c)));
        return present ? lines.Select(l => l.Kind == LineKind.Junk && RankCell().IsMatch(l.Text.Trim()) ? l with { Kind = LineKind.Text } : l).ToList() : lines;
    }

    /// <summary>The header: how many cells a row has, which is which, and the index the total column names, if any.</summary>
    private sealed record Columns(int Width, int Rank, int Unit, int Value, string? Index);

    private sealed record RowRead(int Rank, UnitToken Unit, decimal Value, string Text);

    private static Columns? Header(IReadOnlyList<ParagraphBlock> ps, int start)
    {
        var cells = ps.Skip(start).Take(MaxHeader).Select(p => FoldedText.Of(p.Text).Trim()).TakeWhile(c => HeaderCell().IsMatch(c)).ToList();
        if (cells.Count < 3) return null;
        var rank = cells.FindIndex(c => RankHeader().IsMatch(c));
        var unit = cells.FindIndex(c => UnitHeader().IsMatch(c));
        var totals = Enumerable.Range(0, cells.Count).Where(i => TotalHeader().IsMatch(cells[i])).ToList();
        if (rank < 0 || unit < 0 || rank == unit || totals.Count != 1 || totals[0] == rank || totals[0] == unit) return null;
        var named = SubjectTokens.Scan(cells[totals[0]], cells[totals[0]]).OfType<IndexToken>().Select(i => i.Code).FirstOrDefault();
        return new Columns(cells.Count, rank, unit, totals[0], named);
    }

    private static RowRead? Row(List<ParagraphBlock> cells, Columns h)
    {
        var rankText = cells[h.Rank].Text.Trim();
        var valueText = cells[h.Value].Text.Trim();
        if (!RankCell().IsMatch(rankText) || ValueCell().Match(valueText) is not { Success: true } v) return null;
        var name = cells[h.Unit].Text.Trim();
        var folded = FoldedText.Of(name);
        var units = SubjectTokens.Scan(name, folded).OfType<UnitToken>().Where(u => u.Unit is not null && !u.Generic).ToList();
        if (units.Count != 1 || units[0].At > 0 || name.Length - units[0].End > 2) return null;
        var value = NumberTokens.Number(v.Groups["n"].Value);
        if (value is < 0 or > 100) return null;
        return new RowRead(int.Parse(rankText, CultureInfo.InvariantCulture), units[0], value,
            string.Join(" | ", cells.Select(c => c.Text.Trim())));
    }

    /// <summary>A header cell: a few words, no digits, no sentence.</summary>
    [GeneratedRegex(@"^[a-z\s,()&/\-]{2,45}$")]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"^(?:thu tu(?: xep hang)?|xep hang|thu hang|stt|tt)$")]
    private static partial Regex RankHeader();

    [GeneratedRegex(@"^(?:ten\s+)?(?:co quan|don vi|dia phuong|ten)\b")]
    private static partial Regex UnitHeader();

    [GeneratedRegex(@"^(?:tong diem|tong so diem|chi so(?: cchc| cai cach hanh chinh| par index| sipas| hai long)?|ket qua(?: chi so)?|diem so)(?:\s*\(.*\))?$")]
    private static partial Regex TotalHeader();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex RankCell();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:[.,]\d{1,4})?)\s*%?$")]
    private static partial Regex ValueCell();
}
