using System.Globalization;

namespace Analytics.Dashboard.Web;

/// <summary>
/// A view's filters exactly as the URL gives them (unchecked strings): pages receive them through
/// [SupplyParameterFromQuery], the chart downloads from the request's query; both resolve them the same way.
/// </summary>
public sealed record Filters(
    string? Province = null, string? Unit = null, string? Year = null, string? Index = null,
    string? Criterion = null, string? Sort = null)
{
    /// <summary>The units or provinces compared side by side (<c>compare</c>, repeated), for the side-by-side chart.</summary>
    public IReadOnlyList<string> Compare { get; init; } = [];

    public static Filters From(IQueryCollection query) => new(
        Value(query, Links.Keys.Province), Value(query, Links.Keys.Unit), Value(query, Links.Keys.Year),
        Value(query, Links.Keys.Index), Value(query, Links.Keys.Criterion), Value(query, Links.Keys.Sort))
    {
        Compare = query.TryGetValue(Links.Keys.Compare, out var compared) ? compared.OfType<string>().ToList() : [],
    };

    /// <summary>The same filters after resolution (what the view actually shows), for links that must reproduce it.</summary>
    public static Filters Of(string? province, string? unit, int? year, string? index, string? criterion = null, string? sort = null) =>
        new(province, unit, year?.ToString(CultureInfo.InvariantCulture), index, criterion, sort);

    public (string Key, string? Value)[] Pairs =>
    [
        (Links.Keys.Province, Province), (Links.Keys.Unit, Unit), (Links.Keys.Year, Year), (Links.Keys.Index, Index),
        (Links.Keys.Criterion, Criterion), (Links.Keys.Sort, Sort), .. Links.Compared(Compare),
    ];

    private static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
}
