namespace Analytics.Dashboard.Charts;

/// <summary>Makes a standalone SVG document fit inside an HTML page: no XML prolog, ids unique per chart.</summary>
public static class InlineSvg
{
    public static string Prepare(string svg, string prefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start > 0 ? svg[start..] : svg;
        return body.Replace("id=\"", $"id=\"{prefix}-", StringComparison.Ordinal)
            .Replace("url(#", $"url(#{prefix}-", StringComparison.Ordinal)
            .Replace("href=\"#", $"href=\"#{prefix}-", StringComparison.Ordinal);
    }
}
