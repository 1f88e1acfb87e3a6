using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;

namespace Analytics.Pipeline.Export;

/// <summary>
/// Turns one unit's figures into its charts, pure: a chart is left out when its data would not say anything
/// (fewer than two years for a line, fewer than two units for a comparison).
/// </summary>
public static class UnitCharts
{
    public static UnitExport Build(ExportData data, DateOnly date)
    {
        var q = data.Request;
        var charts = new[]
        {
            Bars(data, date), Trend(data, date), Ranks(data, date), PeerRanks(data, date), Grouped(data, date),
            Heatmap(data, date), Multiples(data, date),
        }.OfType<NamedChart>().Select((c, i) => c with { Stem = $"hinh-{i + 1}-{c.Stem}" }).ToList();
        return new UnitExport(q.Unit, q.Province, q.Year, IndexName(q.IndexCode), date, charts, UnitTables.Build(data), q.IndexCode);
    }

    public static string IndexName(string code) => Indices.NameThenAbbreviation(code);

    private static string ShortName(string code) => Indices.NameVi(code);

    internal static IEnumerable<string> ByOrder(IEnumerable<string> criteria) =>
        criteria.Distinct().OrderBy(k => Criteria.ByKey(k)?.Order ?? 99).ThenBy(k => k, StringComparer.Ordinal);

    private static ChartHeader Header(ExportData d, string title, IEnumerable<string?> sources, DateOnly date) =>
        ChartHeader.For(title, d.Request.Unit, d.Request.Province == d.Request.Unit ? null : d.Request.Province, d.Request.Year,
            d.Sources(sources), date, d.Request.IndexCode);

    private static NamedChart? Bars(ExportData d, DateOnly date)
    {
        var all = d.Bars;
        if (!all.Any(b => b.Figure is not null)) return null;
        var bars = ByOrder(all.Select(b => b.Criterion)).Select(k => all.First(b => b.Criterion == k))
            .Select(b => new CriterionBar(Criteria.NameVi(b.Criterion), b.Figure?.ValuePct, b.Figure?.TargetPct,
                b.Figure?.ValueIsDerived ?? false, DoubtsOf(d).Marks(b.Figure, rank: false))).ToList();
        var title = ShortName(d.Request.IndexCode) + " theo tiêu chí, " + (d.Request.IndexCode == "PAR_INDEX" ? "so với chỉ tiêu" : "so với 90% và chỉ tiêu");
        return new("tieu-chi", new CriterionBarsChart(Header(d, title, all.SelectMany(b => new[] { b.Figure?.Source?.File, b.Figure?.TargetSource?.File }), date), bars));
    }

    private static NamedChart? Trend(ExportData d, DateOnly date)
    {
        var trends = d.Trends;
        var years = trends.Select(t => t.Year).Distinct().Order().ToList();
        if (years.Count < 2) return null;
        var series = ByOrder(trends.Select(t => t.Criterion))
            .Select(k => Cells(years, y => trends.FirstOrDefault(t => t.Criterion == k && t.Year == y), k, f => f.ValueIsDerived))
            .Select(c => new Series(Criteria.NameVi(c.Name), c.Rows.Select(r => r?.ValuePct).ToList(), c.Derived,
                DoubtsOf(d).Marks(c.Rows, rank: false))).ToList();
        var title = ShortName(d.Request.IndexCode) + " qua các năm";
        return new("dien-bien", new TrendChart(Header(d, title, trends.Select(t => t.Source?.File), date), years, series));
    }

    private static NamedChart? Ranks(ExportData d, DateOnly date)
    {
        var ranks = d.Ranks;
        var years = ranks.Select(t => t.Year).Distinct().Order().ToList();
        if (years.Count < 2) return null;
        var lines = ByOrder(ranks.Select(t => t.Criterion))
            .Select(k => Cells(years, y => ranks.FirstOrDefault(t => t.Criterion == k && t.Year == y), k, f => f.RankIsDerived))
            .Select(c => new RankLine(Criteria.NameVi(c.Name), c.Rows.Select(r => r?.Rank).ToList(), c.Derived,
                DoubtsOf(d).Marks(c.Rows, rank: true))).ToList();
        var title = "Thứ hạng từng tiêu chí qua các năm" + FieldNote(ranks);
        return new("thu-hang-tieu-chi", new RankChart(Header(d, title, ranks.Select(t => t.RankSource?.File), date), years, lines, null));
    }

    private static NamedChart? PeerRanks(ExportData d, DateOnly date)
    {
        var peerRanks = d.PeerRanks;
        var years = peerRanks.Select(t => t.Year).Distinct().Order().ToList();
        var counts = peerRanks.GroupBy(r => r.Unit).ToDictionary(g => g.Key, g => g.Select(r => r.Year).Distinct().Count());
        var focusRank = peerRanks.Where(r => r.Unit == d.Request.Unit).MaxBy(r => r.Year)?.Rank ?? 1;
        var kept = counts.Where(c => c.Value >= 2 || c.Key == d.Request.Unit).Select(c => c.Key)
            .OrderBy(u => Math.Abs((peerRanks.Where(r => r.Unit == u).MaxBy(r => r.Year)?.Rank ?? 0) - focusRank))
            .Take(MaxUnits).ToList();
        if (kept.Count < 2 || !kept.Any(u => counts[u] >= 2)) return null;
        var lines = Units(d.Request.Unit, kept)
            .Select(u => Cells(years, y => peerRanks.FirstOrDefault(t => t.Unit == u && t.Year == y), u, f => f.RankIsDerived))
            .Select(c => new RankLine(c.Name, c.Rows.Select(r => r?.Rank).ToList(), c.Derived, DoubtsOf(d).Marks(c.Rows, rank: true))).ToList();
        var rows = peerRanks.Where(r => kept.Contains(r.Unit)).ToList();
        var title = "Thứ hạng chỉ số chung trong nhóm" + FieldNote(rows);
        return new("thu-hang-cung-nhom", new RankChart(Header(d, title, rows.Select(t => t.RankSource?.File), date), years, lines, d.Request.Unit));
    }

    private const int MaxUnits = 12;

    /// <summary>" (trong 18 đơn vị)", or per year when the number of ranked units changed (e.g. after a merger).</summary>
    private static string FieldNote(IEnumerable<Figure> rows)
    {
        var fields = rows.Where(r => r.RankOf is not null).GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Of: g.Max(r => r.RankOf!.Value))).ToList();
        if (fields.Count == 0) return "";
        if (fields.All(f => f.Of == fields[0].Of)) return $" (trong {fields[0].Of} đơn vị)";
        return " (số đơn vị xếp hạng: " + string.Join(", ", fields.Select(f => $"{f.Year}: {f.Of}")) + ")";
    }

    private static NamedChart? Grouped(ExportData d, DateOnly date)
    {
        var peers = d.Peers;
        var rows = ByOrder(peers.Where(p => p.PeerN >= 2).Select(p => p.Criterion)).Select(k => peers.First(p => p.Criterion == k)).ToList();
        if (rows.Count == 0) return null;
        var n = rows.Max(r => r.PeerN ?? 0);
        var series = new List<Series>
        {
            new(d.Request.Unit, rows.Select(r => r.ValuePct).ToList(), Marks: DoubtsOf(d).Marks(rows, rank: false)),
            new("Trung bình cùng nhóm", rows.Select(r => r.PeerAvg).ToList()),
            new("Cao nhất cùng nhóm", rows.Select(r => r.PeerBest).ToList()),
        };
        var title = $"So với trung bình và cao nhất cùng nhóm ({n} đơn vị có số liệu)";
        var sources = peers.Select(p => p.Source?.File).Concat(d.PeerValues.Where(v => v.Year == d.Request.Year).Select(v => v.Source?.File));
        return new("so-sanh-cung-nhom", new GroupedBarsChart(Header(d, title, sources, date),
            rows.Select(r => Criteria.NameVi(r.Criterion)).ToList(), series));
    }

    private static NamedChart? Heatmap(ExportData d, DateOnly date)
    {
        var year = d.PeerValues.Where(v => v.Year == d.Request.Year).ToList();
        var units = Units(d.Request.Unit, year.Select(v => v.Unit));
        if (units.Count < 2) return null;
        var criteria = ByOrder(year.Select(v => v.Criterion)).ToList();
        var cells = units.Select(u => criteria.Select(k => year.FirstOrDefault(v => v.Unit == u && v.Criterion == k)).ToList()).ToList();
        var title = d.Request.IndexCode == "PAR_INDEX" ? "Khoảng cách tới mức cao nhất của các đơn vị cùng nhóm"
            : "Khoảng cách tới 90% của các đơn vị cùng nhóm";
        return new("khoang-cach-90", new HeatmapChart(Header(d, title, year.Select(v => v.Source?.File), date), units,
            criteria.Select(Criteria.NameVi).ToList(), cells.Select(r => (IReadOnlyList<decimal?>)r.Select(c => c?.ValuePct).ToList()).ToList(),
            cells.Select(r => (IReadOnlyList<bool>)r.Select(c => c?.ValueIsDerived ?? false).ToList()).ToList(),
            cells.Select(r => DoubtsOf(d).Marks(r, rank: false)).ToList()));
    }

    private static NamedChart? Multiples(ExportData d, DateOnly date)
    {
        var values = d.PeerValues;
        var criterion = d.Weak.Select(w => w.Criterion).FirstOrDefault(k => values.Where(v => v.Criterion == k)
            .Select(v => v.Unit).Distinct().Count() >= 2) ?? "overall";
        var rows = values.Where(v => v.Criterion == criterion).ToList();
        var richest = rows.GroupBy(v => v.Unit).OrderByDescending(g => g.Key == d.Request.Unit).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxUnits).Select(g => g.Key);
        var units = Units(d.Request.Unit, richest);
        if (units.Count < 2) return null;
        rows = rows.Where(v => units.Contains(v.Unit)).ToList();
        var years = rows.Select(v => v.Year).Distinct().Order().ToList();
        var panels = units.Select(u => years.Select(y => rows.FirstOrDefault(v => v.Unit == u && v.Year == y)).ToList())
            .Select((c, i) => new Series(units[i], c.Select(v => v?.ValuePct).ToList(), c.Select(v => v?.ValueIsDerived ?? false).ToList(),
                DoubtsOf(d).Marks(c, rank: false))).ToList();
        var title = $"{Criteria.NameVi(criterion)}: các đơn vị cùng nhóm qua các năm";
        return new("cung-nhom-qua-cac-nam", new SmallMultiplesChart(Header(d, title, rows.Select(v => v.Source?.File), date),
            Criteria.NameVi(criterion), years, panels));
    }

    /// <summary>A series' figure per year (null: no figure that year), with its name and which of them are derived.</summary>
    private static (string Name, List<Figure?> Rows, List<bool> Derived) Cells(IReadOnlyList<int> years, Func<int, Figure?> at,
        string name, Func<Figure, bool> derived)
    {
        var rows = years.Select(at).ToList();
        return (name, rows, rows.Select(r => r is not null && derived(r)).ToList());
    }

    /// <summary>What makes the data's figures doubtful besides derivation (conflict, OCR, a source's remark): their marks.</summary>
    private static Doubts DoubtsOf(ExportData d) => d.Doubts ?? Doubts.None;

    /// <summary>The unit first, then its peers in Vietnamese alphabetical order.</summary>
    private static List<string> Units(string unit, IEnumerable<string> names) =>
        names.Distinct().OrderBy(n => n != unit).ThenBy(n => n, StringComparer.Create(VnFormat.Culture, false)).ToList();
}
