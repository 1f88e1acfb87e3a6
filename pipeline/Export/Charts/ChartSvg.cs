namespace Analytics.Pipeline.Export.Charts;

/// <summary>The chart module's entry point: a chart spec in, an SVG document (string) out. Pure; no I/O.</summary>
public static class ChartSvg
{
    public static string Render(ChartSpec chart) => chart switch
    {
        CriterionBarsChart c => CriterionBarsSvg.Render(c),
        GroupedBarsChart c => GroupedBarsSvg.Render(c),
        TrendChart c => TrendSvg.Render(c),
        RankChart c => RankSvg.Render(c),
        HeatmapChart c => HeatmapSvg.Render(c),
        SmallMultiplesChart c => SmallMultiplesSvg.Render(c),
        _ => throw new ArgumentException($"Unknown chart kind {chart.GetType().Name}", nameof(chart)),
    };
}
