using System.Globalization;
using System.Xml.Linq;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

/// <summary>Reads rendered SVG back: its texts with their boxes (font size and anchor inherited), for overlap checks.</summary>
public static class SvgText
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public sealed record Box(string Text, double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box o) => Left < o.Right - 0.5 && o.Left < Right - 0.5 && Top < o.Bottom - 0.5 && o.Top < Bottom - 0.5;
    }

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<string> Texts(XDocument doc) => doc.Descendants(Ns + "text").Select(t => t.Value);

    /// <summary>Boxes of every unrotated text: width from the font's advances, height from the font size.</summary>
    public static List<Box> Boxes(XDocument doc) =>
        doc.Descendants(Ns + "text").Where(t => t.Attribute("transform") is null).Select(BoxOf).ToList();

    private static Box BoxOf(XElement text)
    {
        var size = double.Parse(Inherited(text, "font-size") ?? "16", CultureInfo.InvariantCulture);
        var bold = Inherited(text, "font-weight") == "bold";
        var x = double.Parse(text.Attribute("x")!.Value, CultureInfo.InvariantCulture);
        var y = double.Parse(text.Attribute("y")!.Value, CultureInfo.InvariantCulture);
        var width = TextFit.Width(text.Value, size, bold);
        var left = (Inherited(text, "text-anchor") ?? "start") switch { "middle" => x - width / 2, "end" => x - width, _ => x };
        return new Box(text.Value, left, y - size * 0.76, left + width, y + size * 0.24);
    }

    private static string? Inherited(XElement e, string name) =>
        e.AncestorsAndSelf().Select(a => a.Attribute(name)?.Value).FirstOrDefault(v => v is not null);

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
}
