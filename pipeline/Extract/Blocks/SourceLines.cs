using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Blocks;

internal enum LineKind { Blank, Junk, Text, Row, Separator }

/// <summary>One original line, normalised (markup kept), with its kind and, for table rows, its raw cells.</summary>
internal sealed record SourceLine(int Number, string Text, LineKind Kind, IReadOnlyList<string> Cells);

/// <summary>Classifies the lines of a document: blank, page-marker junk, text, table row (tab or markdown), separator.</summary>
internal static partial class SourceLines
{
    public static IReadOnlyList<SourceLine> Read(IReadOnlyList<string> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
            result.Add(Classify(i + 1, TextNormalizer.Line(lines[i])));
        return result;
    }

    private static SourceLine Classify(int number, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return new(number, text, LineKind.Blank, []);
        if (MarkdownSeparator().IsMatch(trimmed)) return new(number, text, LineKind.Separator, []);
        if (trimmed.StartsWith('|') && trimmed.Count(c => c == '|') >= 3)
            return new(number, text, LineKind.Row, SplitMarkdown(trimmed));
        if (text.Contains('\t'))
        {
            var cells = text.Split('\t').Select(c => c.Trim()).ToList();
            if (cells.Count(c => c.Length > 0) >= 1 && cells.Count >= 2) return new(number, text, LineKind.Row, cells);
        }
        if (IsJunk(trimmed)) return new(number, text, LineKind.Junk, []);
        return new(number, text, LineKind.Text, []);
    }

    /// <summary>Page markers left by PDF conversion: "// 4/ 4/ 2023", a lone page number, "Trang 3/5".</summary>
    public static bool IsJunk(string trimmed) => PageMarker().IsMatch(trimmed);

    private static List<string> SplitMarkdown(string trimmed)
    {
        var inner = trimmed.Trim('|');
        return inner.Split('|').Select(c => c.Trim()).ToList();
    }

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?$")]
    private static partial Regex MarkdownSeparator();

    [GeneratedRegex(@"^(//.*|-?\s*\d{1,3}\s*-?|(?i:trang)\s*\d{1,3}(\s*/\s*\d{1,3})?)$")]
    private static partial Regex PageMarker();
}
