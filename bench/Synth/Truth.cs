namespace Analytics.Bench.Synth;

/// <summary>One figure of the synthetic truth: value (percent, 2 decimals), rank among its peers, and last year's.</summary>
public sealed record Score(decimal Value, int Rank, int RankOf, decimal? PrevValue, int? PrevRank)
{
    /// <summary>Places moved up since last year (+ = up), as plans state it ("tăng 2 bậc").</summary>
    public int? Movement => PrevRank is { } p ? p - Rank : null;

    public decimal? Change => PrevValue is { } p ? Value - p : null;
}

/// <summary>
/// The synthetic truth the documents quote: per province, department, measured year and criterion a satisfaction
/// value drifting year by year, ranks among the province's departments; per province a provincial SIPAS ranked among
/// all 34 provinces (so ranks are the same whatever --provinces is). Deterministic for a seed; computed lazily.
/// </summary>
public sealed class Truth
{
    public const int Overall = 0;
    private readonly int seed, departments, years, first;
    private readonly Lazy<decimal[,,]> national;
    private readonly Dictionary<int, decimal[,,]> provinceValues = [];

    public Truth(int seed, int departments, int years)
    {
        (this.seed, this.departments, this.years, first) = (seed, departments, years, Catalog.FirstYear(years));
        national = new Lazy<decimal[,,]>(() => Walk(Catalog.Provinces.Count, 1, "national"));
    }

    public int FirstYear => first;
    public int Years => years;
    public int Departments => departments;

    /// <summary>Criterion 0 is the overall index (the mean of the five); 1..5 follow <see cref="Catalog.CriteriaOf"/>.</summary>
    public Score Department(int province, int department, int year, int criterion)
    {
        var v = ValuesOf(province);
        var y = year - first;
        return new Score(v[department, y, criterion], RankIn(v, department, y, criterion), departments,
            y > 0 ? v[department, y - 1, criterion] : null, y > 0 ? RankIn(v, department, y - 1, criterion) : null);
    }

    public Score Province(int province, int year)
    {
        var n = national.Value;
        var y = year - first;
        return new Score(n[province, y, 0], RankIn(n, province, y, 0), n.GetLength(0),
            y > 0 ? n[province, y - 1, 0] : null, y > 0 ? RankIn(n, province, y - 1, 0) : null);
    }

    private decimal[,,] ValuesOf(int province)
    {
        lock (provinceValues)
        {
            if (!provinceValues.TryGetValue(province, out var v))
                provinceValues[province] = v = Walk(departments, 6, "province", province);
            return v;
        }
    }

    // A random walk per unit and criterion from a unit-level base; criterion 0 is the mean of criteria 1..5.
    private decimal[,,] Walk(int units, int criteria, params object[] key)
    {
        var values = new decimal[units, years, criteria];
        for (var u = 0; u < units; u++)
        {
            var rng = Rng.For(seed, [.. key, u]);
            var unitBase = 84 + 3.5 * rng.Gauss();
            for (var c = criteria == 1 ? 0 : 1; c < criteria; c++)
            {
                var x = unitBase + 2.2 * rng.Gauss();
                for (var y = 0; y < years; y++)
                {
                    x = Math.Clamp(x + 0.5 + 1.6 * rng.Gauss(), 70, 99.4);
                    values[u, y, c] = Math.Round((decimal)x, 2);
                }
            }
            if (criteria > 1)
                for (var y = 0; y < years; y++)
                    values[u, y, 0] = Math.Round(Enumerable.Range(1, criteria - 1).Average(c => values[u, y, c]), 2);
        }
        return values;
    }

    private static int RankIn(decimal[,,] v, int unit, int y, int c)
    {
        var rank = 1;
        for (var u = 0; u < v.GetLength(0); u++)
            if (v[u, y, c] > v[unit, y, c] || v[u, y, c] == v[unit, y, c] && u < unit) rank++;
        return rank;
    }
}
