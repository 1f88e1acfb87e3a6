using System.Text.RegularExpressions;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Districts a document names with their kind ("huyện Bắc Trà My", line 7), found again where it writes the bare name
/// ("Bắc Trà My xếp vị trí thứ nhất", the headline): the kind comes from the document, never guessed. Names of two words
/// or more, capitalised as written, not a commune's ("xã Châu Thành") and not a province's.
/// </summary>
internal sealed partial class KnownNames
{
    private readonly Dictionary<string, string> units;
    private readonly Regex? pattern;

    private KnownNames(Dictionary<string, string> units)
    {
        this.units = units;
        pattern = units.Count == 0 ? null
            : new Regex(@"\b(?:" + string.Join('|', units.Keys.OrderByDescending(k => k.Length).Select(SubjectTokens.Words)) + @")\b", RegexOptions.CultureInvariant);
    }

    public static KnownNames Of(IEnumerable<UnitToken> named) => new(named
        .Where(u => u is { Kind: "district", Unit: not null } && Bare().Match(u.Unit) is { Success: true })
        .Select(u => (Name: Bare().Match(u.Unit!).Groups["name"].Value, Unit: u.Unit!))
        .Where(x => x.Name.Split(' ').Length >= 2 && Units.MatchProvince(x.Name) is null)
        .GroupBy(x => Units.Key(x.Name)).Where(g => g.Select(x => x.Unit).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Unit));

    public IEnumerable<UnitToken> Find(string text, string folded)
    {
        if (pattern is null) yield break;
        foreach (Match m in pattern.Matches(folded))
            if (char.IsUpper(text[m.Index]) && !Commune().IsMatch(folded[Math.Max(0, m.Index - 12)..m.Index])
                && units.TryGetValue(Units.Key(text[m.Index..(m.Index + m.Length)]), out var unit))
                yield return new UnitToken(m.Index, m.Index + m.Length, unit, "district", null);
    }

    [GeneratedRegex(@"^UBND (?:huyện|thị xã|thành phố|quận) (?<name>.+)$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"\b(?:xa|phuong|thi tran)\s*$")]
    private static partial Regex Commune();
}
