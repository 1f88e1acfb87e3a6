using Analytics.Dashboard.Data;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>The figures (unit, province, year, index, criterion) that documents state differently.</summary>
public sealed class Conflict
{
    public static readonly Conflict None = new([]);

    private readonly HashSet<(string, string?, int, string, string)> keys;

    private Conflict(IEnumerable<(string, string?, int, string, string)> keys) => this.keys = [.. keys];

    public static Conflict Of(IEnumerable<ConflictSide> sides) =>
        new(sides.Select(s => (s.Unit, s.Province, s.Year, s.IndexCode, s.Criterion)));

    public bool Has(Figure f) => keys.Contains((f.Unit, f.Province, f.Year, f.IndexCode, f.Criterion));
}
