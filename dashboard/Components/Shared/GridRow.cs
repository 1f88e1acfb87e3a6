using System.Globalization;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>
/// A figure as a row of a sortable table (<see cref="SortTable"/>): the keys its columns sort by (a missing figure last), its name's
/// place in Vietnamese order, and whether documents disagree on it.
/// </summary>
public sealed record GridRow(Figure Figure, int NameOrder, bool Conflicting = false, int Place = 0)
{
    public int Rank => Figure.Rank ?? int.MaxValue;
    public decimal Value => Figure.ValuePct ?? decimal.MinValue;
    public decimal Change => Figure.ChangePp ?? decimal.MinValue;
    public int Movement => Figure.Movement ?? int.MinValue;

    /// <summary>Rows for figures, in their given order (<see cref="Place"/>), with their names' Vietnamese order.</summary>
    public static IReadOnlyList<GridRow> Of(IReadOnlyList<Figure> figures, Func<Figure, bool>? conflicting = null)
    {
        var names = figures.Select(f => f.Unit).Distinct().Order(UnitSelection.ViOrder).Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        return figures.Select((f, i) => new GridRow(f, names[f.Unit], conflicting?.Invoke(f) ?? false, i)).ToList();
    }

    /// <summary>The rows whose name holds the filter, ignoring case and tone and vowel marks ("tu phap" finds "Sở Tư
    /// pháp"; the root collation, where ư is u with a horn, not a letter of its own as in Vietnamese order).</summary>
    public static IReadOnlyList<GridRow> Filtered(IReadOnlyList<GridRow> rows, string? filter) =>
        string.IsNullOrWhiteSpace(filter) ? rows
            : rows.Where(r => CultureInfo.InvariantCulture.CompareInfo.IndexOf(r.Figure.Unit, filter.Trim(),
                CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0).ToList();
}

/// <summary>How each `sort` key orders a table's rows (ties by name): names, ranks and places upwards; values, changes
/// and movements best first; a missing figure last.</summary>
public static class GridSorts
{
    public static IReadOnlyList<GridRow> Sorted(IEnumerable<GridRow> rows, string key) => (key switch
    {
        "name" => rows.OrderBy(r => r.NameOrder),
        "value" => rows.OrderByDescending(r => r.Value).ThenBy(r => r.NameOrder),
        "change" => rows.OrderByDescending(r => r.Change).ThenBy(r => r.NameOrder),
        "movement" => rows.OrderByDescending(r => r.Movement).ThenBy(r => r.NameOrder),
        "place" => rows.OrderBy(r => r.Place),
        _ => rows.OrderBy(r => r.Rank).ThenByDescending(r => r.Value).ThenBy(r => r.NameOrder),
    }).ToList();

    /// <summary>Whether the key's order reads upwards (aria-sort "ascending"): names, ranks and places.</summary>
    public static bool Ascending(string key) => key is "name" or "rank" or "place";
}
