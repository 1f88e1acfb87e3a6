namespace Analytics.Pipeline.Export.Charts;

/// <summary>The seam over ScottPlot: a chart spec in, a drawn plot with its height and description out. Pure; no I/O.</summary>
internal static class ChartPlot
{
    public static DrawnChart Draw(ChartSpec chart) => chart switch
    {
        CriterionBarsChart c => CriterionPlot.Draw(c),
        GroupedBarsChart c => GroupedPlot.Draw(c),
        TrendChart c => TrendPlot.Draw(c),
        RankChart c => RankPlot.Draw(c),
        HeatmapChart c => HeatmapPlot.Draw(c),
        SmallMultiplesChart c => MultiplesPlot.Draw(c),
        _ => throw new ArgumentException($"Unknown chart kind {chart.GetType().Name}", nameof(chart)),
    };

    /// <summary>A percentage axis range around the values (and the 90% line when drawn), padded, in steps of 5.</summary>
    public static (double Lo, double Hi) Range(IEnumerable<decimal?> values, decimal? threshold)
    {
        var all = values.OfType<decimal>().Concat(threshold is { } t ? [t] : []).Select(v => (double)v).ToList();
        if (all.Count == 0) return (0, 100);
        var lo = Math.Max(0, Math.Floor((all.Min() - 2) / 5) * 5);
        var hi = Math.Min(100, Math.Ceiling((all.Max() + 2) / 5) * 5);
        return hi - lo < 10 ? (Math.Max(0, hi - 10), hi) : (lo, hi);
    }
}
