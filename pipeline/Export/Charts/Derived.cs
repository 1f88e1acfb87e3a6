namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// How a figure computed from a stated change (the views' value_is_derived: a 2023 value from a stated 2024 value and
/// "tăng 1,47%", a 2023 rank from "giảm 4 bậc") is told apart from a stated one, in colour and in greyscale: a lighter
/// bar with a dashed outline, a hollow marker, a mark after a table's number; each explained in the legend or a note.
/// </summary>
public static class Derived
{
    public const string Mark = "*";
    public const string ValueNote = "Giá trị suy ra từ mức thay đổi đã nêu";
    public const string RankNote = "Thứ hạng suy ra từ số bậc tăng/giảm đã nêu";
    public const string TableNote = Mark + " " + ValueNote + ".";
    internal const string Tooltip = " (suy ra từ mức thay đổi đã nêu)";
    private const double Opacity = 0.35;

    /// <summary>Whether figure <paramref name="i"/> of a series is derived; no flags: none is.</summary>
    public static bool At(IReadOnlyList<bool>? flags, int i) => flags is not null && i < flags.Count && flags[i];

    /// <summary>A derived bar of series <paramref name="s"/>: its fill made lighter, a dashed outline in its colour.</summary>
    internal static void Bar(SvgWriter svg, double x, double y, double width, double height, int s) =>
        svg.Empty("rect", ("x", x), ("y", y), ("width", width), ("height", height), ("fill", Palette.Fill(s)),
            ("fill-opacity", Opacity), ("stroke", Palette.Colour(s)), ("stroke-width", 1.5), ("stroke-dasharray", "4 2"));

    /// <summary>A derived point of series <paramref name="s"/>: its marker, hollow.</summary>
    internal static void Point(SvgWriter svg, int s, double x, double y, double r) => Palette.Marker(svg, s, x, y, r, "#FFFFFF");

    /// <summary>The class of a bar or point group: "derived" added when it is.</summary>
    internal static string Class(string kind, bool derived) => derived ? kind + " derived" : kind;
}
