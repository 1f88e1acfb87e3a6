namespace Analytics.Dashboard.Web;

/// <summary>Long lists a page at a time: the page asked for in the URL, clamped, and that page's items.</summary>
public static class Paging
{
    public static int Clamp(int? page, int total, int size) => Math.Clamp(page ?? 1, 1, Math.Max(1, (total + size - 1) / size));

    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items, int? page, int size) =>
        items.Skip((Clamp(page, items.Count, size) - 1) * size).Take(size).ToList();
}
