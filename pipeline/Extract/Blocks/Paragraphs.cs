using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>A cleaned text line with the number of blank lines before it.</summary>
internal sealed record TextLine(int Number, string Text, int BlanksBefore);

/// <summary>
/// Joins text lines into logical paragraphs: PDF text breaks lines mid-sentence and splits headings, so a line
/// continues the previous one unless the previous ends a sentence, the line starts a new item ("- ", "a)", "1.2."),
/// a heading stands alone, or two blank lines separate them. The paragraph keeps the line it starts on.
/// </summary>
internal static partial class Paragraphs
{
    public static IReadOnlyList<ParagraphBlock> Join(IReadOnlyList<TextLine> lines, bool wrapped)
    {
        var result = new List<ParagraphBlock>();
        var text = new System.Text.StringBuilder();
        TextLine? start = null, last = null;
        foreach (var line in lines)
        {
            if (last is not null && Continues(last.Text, line, wrapped))
            {
                if (!(last.Text.EndsWith('-') && !last.Text.EndsWith(" -") && char.IsLetter(line.Text[0]))) text.Append(' ');
                text.Append(line.Text);
                last = line;
                continue;
            }
            if (start is not null) result.Add(new ParagraphBlock(start.Number, text.ToString()));
            (start, last) = (line, line);
            text.Clear().Append(line.Text);
        }
        if (start is not null) result.Add(new ParagraphBlock(start.Number, text.ToString()));
        return result;
    }

    /// <summary>Whether the document's text is hard-wrapped (PDF): many lines end open and the next starts in lower case.</summary>
    public static bool IsWrapped(IReadOnlyList<TextLine> lines)
    {
        var open = 0;
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].BlanksBefore <= 1 && !EndsSentence(lines[i - 1].Text) && StartsLower(lines[i].Text)) open++;
        return open >= 5 && open * 10 >= lines.Count;
    }

    private static bool Continues(string previous, TextLine next, bool wrapped)
    {
        if (next.BlanksBefore >= 2 || StartsItem(next.Text) || EndsSentence(previous)) return false;
        if (!wrapped && next.BlanksBefore > 0) return false;
        var prevCaps = IsAllCaps(previous);
        var nextCaps = IsAllCaps(next.Text);
        if (prevCaps || nextCaps) return prevCaps && nextCaps && next.BlanksBefore == 0;
        if (StartsLower(next.Text) || char.IsAsciiDigit(next.Text[0]) || next.Text[0] is '(' or ',' or ')') return true;
        return true;
    }

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    public static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    public static bool StartsItem(string text) => ItemStart().IsMatch(text);

    public static bool IsAllCaps(string text) =>
        text.Count(char.IsLetter) >= 2 && !text.Any(char.IsLower);

    [GeneratedRegex(@"^([-+•–*]|[a-zđ]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\)|\d{1,2}\.\s*\p{L}|\d{1,2}(\.\d{1,2})+\.?\s*\p{L}|[IVXLC]{1,5}\.\s*\S)")]
    private static partial Regex ItemStart();
}
