using System.Globalization;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Microsoft.AspNetCore.Components.QuickGrid;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>
/// A figure as a row of a sortable table (QuickGrid): the keys its columns sort by (a missing figure last), its name's
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
    public static IQueryable<GridRow> Filtered(IReadOnlyList<GridRow> rows, string? filter) =>
        (string.IsNullOrWhiteSpace(filter) ? rows
            : rows.Where(r => CultureInfo.InvariantCulture.CompareInfo.IndexOf(r.Figure.Unit, filter.Trim(),
                CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0).ToList()).AsQueryable();
}

/// <summary>How each `sort` key orders a table's rows (ties by name), and the direction it is shown in.</summary>
public static class GridSorts
{
    public static GridSort<GridRow> For(string key) => key switch
    {
        "name" => GridSort<GridRow>.ByAscending(r => r.NameOrder),
        "value" => GridSort<GridRow>.ByAscending(r => r.Value).ThenDescending(r => r.NameOrder),
        "change" => GridSort<GridRow>.ByAscending(r => r.Change).ThenDescending(r => r.NameOrder),
        "movement" => GridSort<GridRow>.ByAscending(r => r.Movement).ThenDescending(r => r.NameOrder),
        "place" => GridSort<GridRow>.ByAscending(r => r.Place),
        _ => GridSort<GridRow>.ByAscending(r => r.Rank).ThenDescending(r => r.Value).ThenAscending(r => r.NameOrder),
    };

    /// <summary>Names and ranks read upwards; values, changes and movements best first.</summary>
    public static SortDirection Direction(string key) =>
        key is "name" or "rank" or "place" ? SortDirection.Ascending : SortDirection.Descending;
}
