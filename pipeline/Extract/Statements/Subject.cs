using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>The unit a figure measures: a department ('Sở Công Thương') or a province ('Gia Lai').</summary>
internal sealed record Subject(string Unit, string UnitKind, string? Province);

/// <summary>
/// Reads whose index a phrase speaks of: "… của Sở Công Thương" (a department), "… của tỉnh",
/// "… của cơ quan hành chính nhà nước tỉnh Gia Lai" (the province), "… của Thanh tra tỉnh" (any unit of the registry);
/// "của người dân" is skipped.
/// </summary>
internal static partial class Subjects
{
    public const string Department = "department";
    public const string Province = "province";

    /// <summary>The subject named in <paramref name="text"/> after an index mention, or null when none is named.</summary>
    public static Subject? Named(string text, string? issuer, string? province)
    {
        var folded = FoldedText.Of(text);
        foreach (Match m in Owner().Matches(folded))
        {
            var rest = text[(m.Index + m.Length)..];
            if (m.Groups["province"].Success)
            {
                var named = Units.MatchProvince(Head(rest, 40)) ?? province;
                if (named is not null) return new Subject(named, Province, named);
            }
            else if (m.Groups["dept"].Success)
            {
                var unit = Units.MatchUnit(Head(text[m.Groups["dept"].Index..], 60)) ?? issuer;
                if (unit is not null) return new Subject(unit, KindOf(unit), province);
            }
            else if (Units.UnitAtStart(Head(text[m.Groups["other"].Index..], 60)) is { } unit)
                return new Subject(unit, KindOf(unit), province);
        }
        return null;
    }

    public static string KindOf(string unit) =>
        Units.All.FirstOrDefault(u => u.Canonical == unit)?.Kind ?? Department;

    // The first characters of a text, never ending in half a surrogate pair (Fold.Key refuses half a pair).
    private static string Head(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    [GeneratedRegex(@"(?:\bcua\s+|^\s*)(?:(?<province>(?:ubnd\s+|uy ban nhan dan\s+)?tinh\b|(?:cac\s+)?co quan hanh chinh nha nuoc(?:\s+tren dia ban)?\s+tinh\b)|(?<dept>so\b)|(?<other>(?=\w)))")]
    private static partial Regex Owner();
}
