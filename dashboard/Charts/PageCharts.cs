using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Read;

namespace Analytics.Dashboard.Charts;

/// <summary>
/// The comparison pages' charts as specs for the one chart module (pipeline/Export/Charts), built from the same
/// models the pages' tables show, so a chart and its table never disagree; a doubtful figure carries the marks its
/// table cell has (derived *, and ≠ ? ~ from <see cref="Doubts"/>). The unit page uses the module's own unit charts
/// (UnitPack), the ones its report pack contains.
/// </summary>
public static class PageCharts
{
    public static NamedChart Heatmap(CompareUnitsModel m, string? province, int year, string index, DateOnly date, Doubts doubts)
    {
        var values = m.Units.Select(u => (IReadOnlyList<decimal?>)m.Criteria.Select(c => m.Cell(u, c)?.ValuePct).ToList()).ToList();
        var derived = m.Units.Select(u => (IReadOnlyList<bool>)m.Criteria.Select(c => m.Cell(u, c)?.ValueIsDerived ?? false).ToList()).ToList();
        var marks = m.Units.Select(u => doubts.Marks(m.Criteria.Select(c => m.Cell(u, c)), rank: false)).ToList();
        var target = index == "PAR_INDEX" ? "mức cao nhất" : "90%";
        var header = ChartHeader.For($"{ShortIndex(index)}: khoảng cách tới {target} theo tiêu chí và đơn vị", null, province,
            year, Sources(m.Figures), date, index);
        return new("ban-do-nhiet", new HeatmapChart(header, m.Units, m.Criteria.Select(Vi.Criterion).ToList(), values, derived, marks));
    }

    /// <summary>The chosen departments side by side, a lane each per criterion, and the block's average as its document
    /// states it; without one, the average computed over every department with a figure, named with its n and coverage,
    /// and only over <see cref="CompareUnitsModel.MinAverageN"/> or more (never over the chosen few alone).</summary>
    public static NamedChart SideBySide(CompareUnitsModel m, IReadOnlyList<string> units, string? province, int year, string index,
        DateOnly date, Doubts doubts)
    {
        var series = units.Select(u => new Series(u, m.Criteria.Select(c => m.Cell(u, c)?.ValuePct).ToList(),
            m.Criteria.Select(c => m.Cell(u, c)?.ValueIsDerived ?? false).ToList(),
            doubts.Marks(m.Criteria.Select(c => m.Cell(u, c)), rank: false))).ToList();
        if (m.Criteria.Any(c => m.OfficialAverage(c) is not null))
            series.Add(new Series("Trung bình khối sở (công bố)", m.Criteria.Select(c => m.OfficialAverage(c)?.ValuePct).ToList()));
        else if (m.Criteria.Select(m.ComputedAverage).OfType<PeerAverage>().FirstOrDefault() is { } a)
            series.Add(new Series($"Trung bình tính từ {a.PeerCount}{(m.Expected is { } n ? "/" + n : "")} sở (không phải số công bố)",
                m.Criteria.Select(c => m.ComputedAverage(c)?.AvgPct).ToList()));
        var header = ChartHeader.For($"{ShortIndex(index)}: so sánh {units.Count} sở theo tiêu chí", null, province, year,
            Sources(m.Figures.Where(f => units.Contains(f.Unit)).Concat(m.Official)), date, index);
        return new("so-sanh-canh-nhau", new GroupedBarsChart(header, m.Criteria.Select(Vi.Criterion).ToList(), series));
    }

    /// <summary>The chosen provinces over the last few years, a line each, and the national average as published.</summary>
    public static NamedChart ProvincesSideBySide(CompareProvincesModel m, IReadOnlyList<string> provinces, int year, string index,
        DateOnly date, Doubts doubts)
    {
        var years = m.TrendWindow(year);
        var series = provinces.Select(p => new Series(p, years.Select(y => m.Of(p, y)?.ValuePct).ToList(),
            years.Select(y => m.Of(p, y)?.ValueIsDerived ?? false).ToList(),
            doubts.Marks(years.Select(y => m.Of(p, y)), rank: false))).ToList();
        if (years.Any(y => m.NationalIn(y)?.ValuePct is not null))
            series.Add(new Series("Trung bình cả nước (công bố)", years.Select(y => m.NationalIn(y)?.ValuePct).ToList()));
        var header = ChartHeader.For($"{ShortIndex(index)}: so sánh {provinces.Count} tỉnh, thành phố qua các năm", null, null, year,
            Sources(m.Provinces.Where(f => provinces.Contains(f.Unit) && years.Contains(f.Year)).Concat(m.National.Where(f => years.Contains(f.Year)))),
            date, index);
        return new("so-sanh-tinh-canh-nhau", new TrendChart(header, years, series));
    }

    public static NamedChart ProvinceRanks(CompareProvincesModel m, int year, string index, DateOnly date, Doubts doubts)
    {
        var years = m.TrendWindow(year);
        var lines = m.Ranking(year).Where(f => f.Rank is not null)
            .Select(f => new RankLine(f.Unit, years.Select(y => m.Of(f.Unit, y)?.Rank).ToList(),
                years.Select(y => m.Of(f.Unit, y)?.RankIsDerived ?? false).ToList(),
                doubts.Marks(years.Select(y => m.Of(f.Unit, y)), rank: true))).ToList();
        var header = ChartHeader.For($"Thứ hạng các tỉnh theo {ShortIndex(index)} qua các năm", null, null, year,
            Sources(m.Provinces.Where(f => years.Contains(f.Year))), date, index);
        return new("thu-hang-tinh", new RankChart(header, years, lines, null));
    }

    public static NamedChart Trend(TrendsModel m, string? unit, string? province, string index, DateOnly date, Doubts doubts)
    {
        var series = m.Criteria.Select(c => new Series(Vi.Criterion(c), m.Years.Select(y => m.Cell(c, y)?.ValuePct).ToList(),
            m.Years.Select(y => m.Cell(c, y)?.ValueIsDerived ?? false).ToList(),
            doubts.Marks(m.Years.Select(y => m.Cell(c, y)), rank: false))).ToList();
        var header = ChartHeader.For($"{ShortIndex(index)} qua các năm theo tiêu chí", unit, Other(province, unit), null,
            Sources(m.Unit), date, index);
        return new("dien-bien", new TrendChart(header, m.Years, series));
    }

    public static NamedChart Ranks(TrendsModel m, string? unit, string? province, string criterion, DateOnly date, Doubts doubts)
    {
        var lines = m.RankedUnits.Select(u => new RankLine(u, m.RankYears.Select(y => m.PeerCell(u, y)?.Rank).ToList(),
            m.RankYears.Select(y => m.PeerCell(u, y)?.RankIsDerived ?? false).ToList(),
            doubts.Marks(m.RankYears.Select(y => m.PeerCell(u, y)), rank: true))).ToList();
        var header = ChartHeader.For($"Thứ hạng qua các năm: {Vi.Criterion(criterion)}", unit, Other(province, unit), null,
            Sources(m.Peers.Where(f => f.Rank is not null)), date);
        return new("thu-hang", new RankChart(header, m.RankYears, lines, unit));
    }

    private static IReadOnlyList<string> Sources(IEnumerable<Figure> figures) =>
        figures.Select(f => f.Source?.File).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    private static string? Other(string? province, string? unit) => province == unit ? null : province;

    private static string ShortIndex(string index) => Indices.NameVi(index);
}
