using System.Globalization;
using System.Text;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// Writes SVG markup. Every text and attribute value goes through <see cref="Escape"/> (after
/// <see cref="DisplayText.Clean"/>), so text taken from documents stays inert; tag and attribute names are constants.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder sb = new();
    private int depth;

    /// <summary>XML-escapes cleaned text for use in element content and attribute values.</summary>
    public static string Escape(string? text)
    {
        var clean = DisplayText.Clean(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var ch in clean)
            sb.Append(ch switch
            {
                '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&apos;",
                _ => ch.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>A coordinate or length, invariant, at most two decimals.</summary>
    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public SvgWriter Open(string tag, params (string Name, object? Value)[] attributes)
    {
        Start(tag, attributes);
        sb.Append(">\n");
        depth++;
        return this;
    }

    public SvgWriter Close(string tag)
    {
        depth--;
        Indent();
        sb.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>An element without content.</summary>
    public SvgWriter Empty(string tag, params (string Name, object? Value)[] attributes)
    {
        Start(tag, attributes);
        sb.Append("/>\n");
        return this;
    }

    /// <summary>An element whose content is escaped text.</summary>
    public SvgWriter Content(string tag, string? text, params (string Name, object? Value)[] attributes)
    {
        Start(tag, attributes);
        sb.Append('>').Append(Escape(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>A tooltip for the enclosing element.</summary>
    public SvgWriter Title(string? text) => Content("title", text);

    public override string ToString() => sb.ToString();

    private void Start(string tag, (string Name, object? Value)[] attributes)
    {
        Indent();
        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            sb.Append(' ').Append(name).Append("=\"").Append(Format(value)).Append('"');
        }
    }

    private static string Format(object value) => value switch
    {
        double d => Num(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => Escape(s),
        _ => Escape(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private void Indent() => sb.Append(' ', depth * 2);
}
