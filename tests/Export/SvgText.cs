using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

/// <summary>Reads rendered SVG back (as Skia's SVG canvas writes it for ScottPlot: each text placed by a translate and
/// per-glyph x, y lists): its texts and their boxes, for overlap checks.</summary>
public static partial class SvgText
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public sealed record Box(string Text, double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box o) => Left < o.Right - 0.5 && o.Left < Right - 0.5 && Top < o.Bottom - 0.5 && o.Top < Bottom - 0.5;
    }

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<string> Texts(XDocument doc) => doc.Descendants(Ns + "text").Select(t => t.Value.Trim());

    /// <summary>Boxes of every unrotated text: the first and last glyph positions, the font size for the height.</summary>
    public static List<Box> Boxes(XDocument doc) =>
        doc.Descendants(Ns + "text").Select(BoxOf).OfType<Box>().ToList();

    private static Box? BoxOf(XElement text)
    {
        var translate = Translate().Match(text.Attribute("transform")?.Value ?? "translate(0 0)");
        if (!translate.Success) return null; // rotated or scaled
        var size = Number(text.Attribute("font-size")?.Value ?? "16");
        var xs = Numbers(text.Attribute("x")?.Value);
        var ys = Numbers(text.Attribute("y")?.Value);
        var value = text.Value.Trim();
        if (xs.Count == 0 || ys.Count == 0 || value.Length == 0) return null;
        var x = Number(translate.Groups[1].Value);
        var y = Number(translate.Groups[2].Value) + ys[0];
        var left = x + xs[0];
        var right = x + xs[^1] + TextFit.Width(value[^1..], size);
        return new Box(value, left, y - size * 0.76, right, y + size * 0.24);
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static List<double> Numbers(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).ToList();

    [GeneratedRegex(@"^translate\(([-0-9.e]+)[ ,]+([-0-9.e]+)\)$")]
    private static partial Regex Translate();

    /// <summary>Pairs of texts whose boxes overlap.</summary>
    public static List<(Box A, Box B)> Overlapping(XDocument doc)
    {
        var boxes = Boxes(doc);
        var pairs = new List<(Box, Box)>();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                if (boxes[i].Overlaps(boxes[j])) pairs.Add((boxes[i], boxes[j]));
        return pairs;
    }

    /// <summary>The viewBox width and height.</summary>
    public static (double Width, double Height) Size(XDocument doc)
    {
        var parts = doc.Root!.Attribute("viewBox")!.Value.Split(' ');
        return (double.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    /// <summary>The fill colours used by the drawing (rect, path, ellipse), upper-case hex.</summary>
    public static HashSet<string> Fills(XDocument doc) => doc.Descendants()
        .Select(e => e.Attribute("fill")?.Value?.ToUpperInvariant()).OfType<string>().Where(f => f.StartsWith('#')).ToHashSet();
}
