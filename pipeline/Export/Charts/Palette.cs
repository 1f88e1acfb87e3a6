namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// Okabe–Ito colours, ordered so that neighbours differ in lightness, each paired with a fill pattern, a dash style
/// and a marker shape, so series stay apart in greyscale print. Series beyond the palette repeat with new patterns.
/// </summary>
public static class Palette
{
    public static readonly string[] Colours =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442"];

    public const string Ink = "#222222";
    public const string Muted = "#555555";
    public const string Grid = "#D9D9D9";
    public const string MissingFill = "url(#missing)";

    private static readonly string[] Dashes = ["", "9 4", "2 3", "10 3 2 3", "5 5", "1 4", "14 4", "6 2 2 2"];
    private const int Patterns = 6; // solid, stripes, dots, crosshatch, horizontal, vertical

    public static string Colour(int i) => Colours[i % Colours.Length];
    public static string? Dash(int i) => Dashes[i % Dashes.Length] is { Length: > 0 } d ? d : null;
    public static string Fill(int i) => i % Patterns == 0 ? Colour(i) : $"url(#fill{i})";

    /// <summary>Text colour readable on <see cref="Colour"/>(i): white on the dark colours.</summary>
    public static string OnColour(int i) => Colour(i) is "#0072B2" or "#D55E00" or "#009E73" or "#000000" ? "#FFFFFF" : Ink;

    /// <summary>Pattern definitions for <paramref name="count"/> series and the hatch for missing values.</summary>
    public static void Defs(SvgWriter svg, int count)
    {
        svg.Open("defs");
        Hatch(svg, "missing", "#FFFFFF", "#8C8C8C", "M0,0 L8,8", 8); // "\\" hatch: series patterns lean the other way
        for (var i = 0; i < count; i++)
        {
            var path = (i % Patterns) switch
            {
                1 => "M0,6 L6,0", 2 => null, 3 => "M0,6 L6,0 M0,0 L6,6", 4 => "M0,3 L6,3", 5 => "M3,0 L3,6", _ => "",
            };
            if (path is "") continue;
            if (path is null) Dots(svg, $"fill{i}", Colour(i));
            else Hatch(svg, $"fill{i}", Colour(i), "#FFFFFF", path, 6);
        }
        svg.Close("defs");
    }

    /// <summary>A marker shape centred on (x, y): circle, square, triangle, diamond, inverted triangle, cross.</summary>
    public static void Marker(SvgWriter svg, int i, double x, double y, double r, string? fill = null)
    {
        var colour = Colour(i);
        fill ??= colour;
        string P(params double[] xy) => "M" + string.Join(" L", xy.Chunk(2).Select(p => SvgWriter.Num(x + p[0]) + "," + SvgWriter.Num(y + p[1]))) + " Z";
        var d = (i % 6) switch
        {
            1 => P(-r, -r, r, -r, r, r, -r, r),
            2 => P(0, -r * 1.25, r * 1.15, r * 0.8, -r * 1.15, r * 0.8),
            3 => P(0, -r * 1.3, r * 1.3, 0, 0, r * 1.3, -r * 1.3, 0),
            4 => P(0, r * 1.25, r * 1.15, -r * 0.8, -r * 1.15, -r * 0.8),
            5 => P(-r, -r * 0.4, -r * 0.4, -r * 0.4, -r * 0.4, -r, r * 0.4, -r, r * 0.4, -r * 0.4, r, -r * 0.4,
                r, r * 0.4, r * 0.4, r * 0.4, r * 0.4, r, -r * 0.4, r, -r * 0.4, r * 0.4, -r, r * 0.4),
            _ => null,
        };
        if (d is null) svg.Empty("circle", ("cx", x), ("cy", y), ("r", r), ("fill", fill), ("stroke", colour), ("stroke-width", 1.5));
        else svg.Empty("path", ("d", d), ("fill", fill), ("stroke", colour), ("stroke-width", 1.5));
    }

    private static void Hatch(SvgWriter svg, string id, string background, string ink, string path, int size)
    {
        svg.Open("pattern", ("id", id), ("width", size), ("height", size), ("patternUnits", "userSpaceOnUse"));
        svg.Empty("rect", ("width", size), ("height", size), ("fill", background));
        svg.Empty("path", ("d", path), ("stroke", ink), ("stroke-width", 1.6));
        svg.Close("pattern");
    }

    private static void Dots(SvgWriter svg, string id, string colour)
    {
        svg.Open("pattern", ("id", id), ("width", 6), ("height", 6), ("patternUnits", "userSpaceOnUse"));
        svg.Empty("rect", ("width", 6), ("height", 6), ("fill", colour));
        svg.Empty("circle", ("cx", 3), ("cy", 3), ("r", 1.3), ("fill", "#FFFFFF"));
        svg.Close("pattern");
    }
}
