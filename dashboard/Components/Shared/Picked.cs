namespace Analytics.Dashboard.Components.Shared;

/// <summary>
/// The units (or provinces) a URL asks to compare side by side (<c>compare=…&amp;compare=…</c>), resolved against those
/// with figures: in the URL's order, each once, at most <see cref="Max"/>; what is left out is said in a note, never
/// replaced by something else.
/// </summary>
public sealed record Picked(IReadOnlyList<string> Chosen, IReadOnlyList<string> Notes)
{
    public const int Min = 2, Max = 6;

    public static readonly Picked None = new([], []);

    /// <summary>Side by side once at least <see cref="Min"/> are chosen.</summary>
    public bool Ready => Chosen.Count >= Min;

    public static Picked Resolve(IReadOnlyList<string>? wanted, IReadOnlyList<string> available, string noun, string where)
    {
        var asked = (wanted ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().ToList();
        var missing = asked.Where(w => !available.Contains(w)).ToList();
        var known = asked.Where(available.Contains).ToList();
        var notes = new List<string>();
        if (missing.Count > 0) notes.Add($"Chưa có số liệu {where} của: {string.Join("; ", missing)}.");
        if (known.Count > Max) notes.Add($"Chỉ so sánh tối đa {Max} {noun}; chưa đưa vào: {string.Join("; ", known.Skip(Max))}.");
        return new Picked(known.Take(Max).ToList(), notes);
    }
}

/// <summary>A query parameter a form or a link carries on (serialisable: handed to interactive components).</summary>
public sealed record QueryPair(string Key, string Value)
{
    public static IReadOnlyList<QueryPair> Of(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new QueryPair(p.Key, p.Value!)).ToList();
}
