using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The main text of a saved web page, still as HTML: scripts, styles and comments removed; the head, navigation,
/// forms, asides and menus cut out (by element, by role, or by a class or id naming a menu, share bar, related links,
/// comments or advertising); the page's own header and footer cut out, but not an article's; then the content of
/// the first &lt;main&gt;, else of the &lt;article&gt; with the most text, else of the body.
/// </summary>
internal static partial class HtmlMain
{
    private static readonly HashSet<string> Dropped = ["head", "nav", "aside", "form", "button", "select", "iframe", "svg", "menu", "dialog"];
    private static readonly HashSet<string> PageOnly = ["header", "footer"];
    private static readonly HashSet<string> Containers = ["div", "section", "ul", "ol", "span", "p", "table", "header", "footer"];

    public static string Of(string html)
    {
        var text = HtmlTags.WithoutRawText(html);
        text = HtmlTags.Cut(text, Boilerplate(text));
        if (HtmlTags.Elements(text, "main").FirstOrDefault() is { } main) return Inner(text, main);
        var articles = HtmlTags.Elements(text, "article");
        if (articles.Count > 0) return articles.Select(a => Inner(text, a)).MaxBy(TextLength)!;
        return HtmlTags.Elements(text, "body").FirstOrDefault() is { } body ? Inner(text, body) : text;
    }

    private static IEnumerable<(int, int)> Boilerplate(string html)
    {
        var tags = HtmlTags.Of(html).ToList();
        var inArticle = HtmlTags.Elements(tags, html.Length, "article").Concat(HtmlTags.Elements(tags, html.Length, "main")).ToList();
        bool Inside(int at) => inArticle.Any(a => a.InnerStart <= at && at < a.InnerEnd);
        var names = Dropped.Concat(PageOnly).Concat(Containers).ToHashSet();
        foreach (var name in names)
            foreach (var e in HtmlTags.Elements(tags, html.Length, name, outermostOnly: false))
            {
                var attrs = Attributes(html, e);
                var drop = Dropped.Contains(name) || Role().IsMatch(attrs) || Menu().IsMatch(attrs)
                    || !Inside(e.Start) && (PageOnly.Contains(name) || PageParts().IsMatch(attrs));
                if (drop) yield return (e.Start, e.End);
            }
    }

    private static string Attributes(string html, HtmlElement e) => html[e.Start..e.InnerStart];

    private static string Inner(string html, HtmlElement e) => html[e.InnerStart..e.InnerEnd];

    private static int TextLength(string html) => Markup().Replace(html, "").Count(char.IsLetterOrDigit);

    [GeneratedRegex(@"\brole\s*=\s*[""']?(navigation|banner|contentinfo|complementary|menu|menubar|search)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(class|id)\s*=\s*[""'][^""']*\b(nav|navbar|menu|breadcrumbs?|sidebar|share|social|related|comments?|advert|ads|banner|cookie|popup|modal|tags?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Menu();

    [GeneratedRegex(@"\b(class|id)\s*=\s*[""'][^""']*\b(header|footer|masthead|topbar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageParts();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex Markup();
}
