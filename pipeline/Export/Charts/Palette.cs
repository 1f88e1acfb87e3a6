using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// Okabe–Ito colours, ordered so that neighbours differ in lightness, each paired with a dash pattern and a marker shape
/// (hollow for a derived figure), so series stay apart in greyscale print. Series beyond the palette repeat with new patterns.
/// </summary>
public static class Palette
{
    public static readonly string[] Colours =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442"];

    public const string Ink = "#222222", Muted = "#555555", Grid = "#D9D9D9", MissingInk = "#A6A6A6", Target = "#D55E00";

    private static readonly MarkerShape[] Filled =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.Eks,
    ];

    private static readonly MarkerShape[] Hollow =
    [
        MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond,
        MarkerShape.OpenTriangleDown, MarkerShape.Eks,
    ];

    private static readonly LinePattern[] Dashes =
    [
        LinePattern.Solid, new([9, 4], 0, "dash"), new([2, 3], 0, "dot"), new([10, 3, 2, 3], 0, "dash-dot"),
        new([5, 5], 0, "even"), new([1, 4], 0, "sparse-dot"), new([14, 4], 0, "long"), new([6, 2, 2, 2], 0, "dash-dot-2"),
    ];

    public static Color Colour(int i) => Color.FromHex(Colours[i % Colours.Length]);
    public static Color Hex(string hex) => Color.FromHex(hex);
    public static LinePattern Dash(int i) => Dashes[i % Dashes.Length];

    /// <summary>The dash pattern of the 90% line.</summary>
    public const int ThresholdDash = 4;


    /// <summary>The marker of series <paramref name="i"/>; hollow for a derived figure.</summary>
    public static MarkerShape Marker(int i, bool hollow = false) => (hollow ? Hollow : Filled)[i % Filled.Length];
}
