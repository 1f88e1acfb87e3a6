using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>A tag of an HTML text: where it stands, its lower-case name, whether it closes, and its attributes.</summary>
internal sealed record HtmlTag(int Start, int End, string Name, bool Closes, string Attributes);

/// <summary>An element found with its nesting counted: its outer range and the range of its content.</summary>
internal sealed record HtmlElement(int Start, int End, int InnerStart, int InnerEnd);

/// <summary>The tags of an HTML text, and its elements of one name with nesting counted (an unclosed one runs to the end).</summary>
internal static partial class HtmlTags
{
    public static IEnumerable<HtmlTag> Of(string html) => Tag().Matches(html).Select(m => new HtmlTag(
        m.Index, m.Index + m.Length, m.Groups["name"].Value.ToLowerInvariant(), m.Groups["close"].Length > 0,
        m.Groups["attrs"].Value));

    /// <summary>The number of tags, counted without keeping them, up to <paramref name="max"/>.</summary>
    public static int CountUpTo(string html, int max)
    {
        var n = 0;
        foreach (var _ in Tag().EnumerateMatches(html))
            if (++n >= max) break;
        return n;
    }

    public static List<HtmlElement> Elements(string html, string name, bool outermostOnly = true) =>
        Elements(Of(html).ToList(), html.Length, name, outermostOnly);

    public static List<HtmlElement> Elements(IReadOnlyList<HtmlTag> tags, int length, string name, bool outermostOnly = true)
    {
        var found = new List<HtmlElement>();
        var open = new Stack<HtmlTag>();
        foreach (var tag in tags.Where(t => t.Name == name))
        {
            if (!tag.Closes) { open.Push(tag); continue; }
            if (open.Count == 0) continue;
            var start = open.Pop();
            if (!outermostOnly || open.Count == 0) found.Add(new HtmlElement(start.Start, tag.End, start.End, tag.Start));
        }
        if (open.Count > 0 && (!outermostOnly || open.Count == 1) && open.Last() is var first)
            found.Add(new HtmlElement(first.Start, length, first.End, length));
        return found.OrderBy(e => e.Start).ToList();
    }

    /// <summary>Removes the raw-text elements whose content is not HTML (script, style…) and comments.</summary>
    public static string WithoutRawText(string html) => RawText().Replace(Comment().Replace(html, " "), " ");

    /// <summary>The text with the given ranges cut out (ranges may nest or overlap).</summary>
    public static string Cut(string html, IEnumerable<(int Start, int End)> ranges)
    {
        var text = new System.Text.StringBuilder(html.Length);
        var at = 0;
        foreach (var (start, end) in ranges.OrderBy(r => r.Start))
        {
            if (end <= at) continue;
            if (start > at) text.Append(html, at, start - at);
            text.Append(' ');
            at = end;
        }
        return text.Append(html, at, html.Length - at).ToString();
    }

    [GeneratedRegex(@"<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)\b(?<attrs>[^<>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style|noscript|template|textarea|title)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RawText();
}
