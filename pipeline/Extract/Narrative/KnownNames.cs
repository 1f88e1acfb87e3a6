using System.Text.RegularExpressions;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// District-level units a text may name bare: those it names elsewhere with their kind ("huyện Bắc Trà My", line 7, then
/// "Bắc Trà My xếp vị trí thứ nhất" in the headline), and those of the one province it is about, as the glossary lists
/// them ("Buôn Đôn 70,54 điểm" in a text about Đắk Lắk). The kind comes from the text or the glossary, never guessed. Names
/// of two words or more, capitalised as written, not a commune's ("xã Châu Thành") and not a province's.
/// </summary>
internal sealed partial class KnownNames
{
    private readonly Dictionary<string, string> units;
    private readonly Regex? pattern;

    private KnownNames(Dictionary<string, string> units)
    {
        this.units = units;
        pattern = units.Count == 0 ? null
            : new Regex(@"\b(?:" + string.Join('|', units.Keys.OrderByDescending(k => k.Length).Select(k => SubjectTokens.Words(k).Replace(@"[\s\-,.]*", @"[\s\-,.'’]*")))
                + @")\b", RegexOptions.CultureInvariant);
    }

    /// <param name="named">The document's units: districts written with their kind.</param>
    /// <param name="province">The one province the document is about: its districts as the glossary lists them.</param>
    public static KnownNames Of(IEnumerable<UnitToken> named, string? province) => new(named
        .Where(u => u is { Kind: "district", Unit: not null } && Bare().Match(u.Unit) is { Success: true })
        .Select(u => (Name: Bare().Match(u.Unit!).Groups["name"].Value, Unit: u.Unit!))
        .Concat(Districts.Of(province).Select(d => (d.Name, d.Unit)))
        .Where(x => x.Name.Split(' ').Length >= 2 && Units.MatchProvince(x.Name) is null)
        .GroupBy(x => Key(x.Name)).Where(g => g.Select(x => x.Unit).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Unit));

    public IEnumerable<UnitToken> Find(string text, string folded)
    {
        if (pattern is null) yield break;
        foreach (Match m in pattern.Matches(folded))
            if (char.IsUpper(text[m.Index]) && !NotDistrict().IsMatch(folded[Math.Max(0, m.Index - 20)..m.Index])
                && units.TryGetValue(Key(text[m.Index..(m.Index + m.Length)]), out var unit))
                yield return new UnitToken(m.Index, m.Index + m.Length, unit, "district", null);
    }

    [GeneratedRegex(@"^UBND (?:huyện|thị xã|thành phố|quận) (?<name>.+)$")]
    private static partial Regex Bare();

    /// <summary>"Ea H’leo", "Ea H'leo": an apostrophe folds to a space.</summary>
    private static string Key(string name) => Units.Key(name);

    /// <summary>The name of a commune ("xã Châu Thành"), a zone, a school, a river or a street that bears a district's name.</summary>
    [GeneratedRegex(@"\b(?:xa|phuong|thi tran|khu kinh te|khu cong nghiep|kcn|kkt|cang|song|nui|dao|ho|cau|duong|pho|cho|truong|thpt|thcs|benh vien|trung tam|cong ty)\s*$")]
    private static partial Regex NotDistrict();
}
