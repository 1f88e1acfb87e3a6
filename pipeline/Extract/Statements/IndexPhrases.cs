using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>A mention of an index in folded text ("chỉ số hài lòng", "Chỉ số cải cách hành chính", "SIPAS").</summary>
internal sealed record IndexMention(int At, int End, string Code);

/// <summary>
/// Finds index mentions and criteria in text. Patterns run on <see cref="FoldedText"/>, so OCR spellings
/// ("Chi số") match and positions are those of the original text.
/// </summary>
internal static partial class IndexPhrases
{
    public const string Sipas = "SIPAS";
    public const string ParIndex = "PAR_INDEX";
    public const string Overall = "overall";

    public static IReadOnlyList<IndexMention> Mentions(string folded) =>
        Mention().Matches(folded)
            .Select(m => new IndexMention(m.Index, m.Index + m.Length, m.Groups["par"].Success ? ParIndex : Sipas))
            .ToList();

    /// <summary>The index named first in <paramref name="text"/> (a title or heading), or null.</summary>
    public static string? FirstIndex(string text) => Mentions(FoldedText.Of(text)).FirstOrDefault()?.Code;

    /// <summary>Criterion keys named in <paramref name="text"/>, specific ones (not overall) in order of appearance.</summary>
    public static IReadOnlyList<string> Specific(string text) =>
        Criteria.MatchAll(text).Where(k => k != Overall).ToList();

    /// <summary>Whether a criterion is named right after "chỉ số" ("Chỉ số Sự phục vụ của các bộ, công chức"), not
    /// merely somewhere near it ("Bộ chỉ số phục vụ người dân … TTHC").</summary>
    public static bool IndexOfCriterion(string text)
    {
        var folded = FoldedText.Of(text);
        foreach (Match m in ChiSo().Matches(folded))
        {
            var rest = Fold.Key(text[m.Index..][m.Length..]) + " ";
            if (SpecificAliases.Any(alias => rest.StartsWith(alias + " ", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static readonly string[] SpecificAliases = Criteria.All.Where(c => c.Key != Overall)
        .SelectMany(c => c.Aliases.Append(c.NameVi)).Select(Fold.Key).Where(a => a.Length > 0).Distinct().ToArray();

    /// <summary>Whether the text names a criterion by number ("Tiêu chí 1:"), the way criterion lists are written.</summary>
    public static bool NumberedCriterion(string folded) => TieuChi().IsMatch(folded);

    /// <summary>Whether a heading speaks of an index or a criterion ("Tiêu chí 2: …", "Mức độ hài lòng …", "Chỉ số …").</summary>
    public static bool SpeaksOfIndex(string folded) => IndexWord().IsMatch(folded);

    /// <summary>The index a criterion belongs to when it is specific to one (SIPAS criteria), else null.</summary>
    public static string? ScopeOf(string criterion) =>
        Criteria.ByKey(criterion)?.IndexScope is { } scope && scope != "any" ? scope : null;

    [GeneratedRegex(@"(?:chi so|muc do|ty le)\s+(?:su\s+)?hai long|sipas|(?<par>chi so\s+(?:cai cach hanh chinh|cchc)|par\s*-?\s*index)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\bchi so\s+")]
    private static partial Regex ChiSo();

    [GeneratedRegex(@"tieu chi\s*(?:thu\s*)?\d")]
    private static partial Regex TieuChi();

    [GeneratedRegex(@"tieu chi|chi so|muc do|hai long|sipas")]
    private static partial Regex IndexWord();
}
