namespace Analytics.Pipeline.Export.Charts;

/// <summary>Moves label positions apart so no two are closer than a minimum gap, keeping their order.</summary>
internal static class Dodge
{
    /// <summary>New y for each wanted y (same order as given): top to bottom, each pushed down just enough to sit at
    /// least <paramref name="gap"/> below the one above.</summary>
    public static IReadOnlyList<double> Spread(IReadOnlyList<double> wanted, double gap)
    {
        var order = Enumerable.Range(0, wanted.Count).OrderBy(i => wanted[i]).ThenBy(i => i).ToArray();
        var placed = new double[wanted.Count];
        for (var k = 0; k < order.Length; k++)
            placed[order[k]] = k == 0 ? wanted[order[k]] : Math.Max(wanted[order[k]], placed[order[k - 1]] + gap);
        return placed;
    }
}
