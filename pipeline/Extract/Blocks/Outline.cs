using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>A numbered heading of running text: "II." is level 0, "1." level 1, "1.2." level 2.</summary>
internal sealed record Heading(int Level, string Number, string Text, int Line);

/// <summary>A paragraph with the heading it is (if any) and the headings it sits under, innermost last.</summary>
internal sealed record OutlinedParagraph(ParagraphBlock Paragraph, Heading? Self, IReadOnlyList<Heading> Chain);

/// <summary>Finds the numbered headings of running text and gives each paragraph its chain of headings.</summary>
internal static partial class Outline
{
    public static IReadOnlyList<OutlinedParagraph> Of(IEnumerable<ParagraphBlock> paragraphs)
    {
        var stack = new List<Heading>();
        var result = new List<OutlinedParagraph>();
        foreach (var p in paragraphs)
        {
            var heading = HeadingOf(p);
            if (heading is not null)
            {
                stack.RemoveAll(h => h.Level >= heading.Level);
                stack.Add(heading);
            }
            result.Add(new OutlinedParagraph(p, heading, stack.ToList()));
        }
        return result;
    }

    public static Heading? HeadingOf(ParagraphBlock p)
    {
        var roman = Roman().Match(p.Text);
        if (roman.Success) return new Heading(0, roman.Groups["n"].Value, p.Text.TrimEnd(':', ' '), p.Line);
        var numbered = Numbered().Match(p.Text);
        if (!numbered.Success) return null;
        var number = numbered.Groups["n"].Value;
        return new Heading(number.Count(c => c == '.') + 1, number, p.Text.TrimEnd(':', ' '), p.Line);
    }

    /// <summary>The heading's words without its number: "2.5. Mức độ hài lòng …" → "Mức độ hài lòng …".</summary>
    public static string Words(Heading h) => Prefix().Replace(h.Text, "").Trim();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,5})\.\s*\S")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*)\.\s*(?=[\p{L}“""])|^(?<n>\d{1,2}(?:\.\d{1,2})+)\s+(?=\p{L})")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.?\s*")]
    private static partial Regex Prefix();
}
