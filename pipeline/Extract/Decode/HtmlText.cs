using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// HTML fragments as met in table cells (<c>&lt;p&gt;</c>, <c>&lt;ul&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;b&gt;</c>,
/// <c>&lt;br&gt;</c>, attributes, entities) turned into text blocks: one block per paragraph or list item.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> BlockTags =
        ["p", "div", "ul", "ol", "li", "br", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>The text blocks of <paramref name="html"/>: paragraphs and list items, inline tags dropped,
    /// entities decoded; a list item that does not start with a bullet gets "- ".</summary>
    public static IReadOnlyList<string> Blocks(string html)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        var isItem = false;
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            current.Append(html, at, tag.Index - at);
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (!BlockTags.Contains(name)) continue;
            Flush(blocks, current, isItem);
            isItem = name == "li" && tag.Groups["close"].Length == 0;
        }
        current.Append(html, at, html.Length - at);
        Flush(blocks, current, isItem);
        return blocks;
    }

    /// <summary>The blocks of <paramref name="html"/> on one line, separated by single spaces.</summary>
    public static string ToText(string html) =>
        html.Contains('<') || html.Contains('&') ? string.Join(" ", Blocks(html)) : html;

    private static void Flush(List<string> blocks, StringBuilder current, bool isItem)
    {
        var text = TextNormalizer.Collapse(WebUtility.HtmlDecode(current.ToString()));
        current.Clear();
        if (text.Length == 0) return;
        if (isItem && !StartsWithBullet(text)) text = "- " + text;
        blocks.Add(text);
    }

    private static bool StartsWithBullet(string text) => text[0] is '-' or '+' or '•' or '*' or '–';

    [GeneratedRegex(@"<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")]
    private static partial Regex Tag();
}
