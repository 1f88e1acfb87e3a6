using System.Text;

namespace Analytics.Fuzz;

/// <summary>One way of making a hostile document from a seed. Weight: how often it is chosen among those that apply.</summary>
internal sealed record Mutator(string Name, int Weight, Func<SeedFile, bool> Applies, Func<Random, SeedFile, IReadOnlyList<SeedFile>, (byte[] Bytes, string Ext)> Run);

/// <summary>The catalogue of mutations, by the kind of seed they apply to.</summary>
internal static class Mutators
{
    private static readonly Func<SeedFile, bool> Any = _ => true, Text = s => s.Text is not null, Package = s => s.IsPackage,
        Xlsx = s => s.IsPackage && s.Ext == ".xlsx";

    private static readonly string[] OtherExts = [".txt", ".md", ".csv", ".docx", ".xlsx", ".pdf", ".doc", "", ".TXT", ".Docx", ".txt.exe", ".html"];

    public static readonly Mutator[] All =
    [
        Bytes("truncate", 10, Any, ByteMutations.Truncate),
        Bytes("flip", 12, Any, ByteMutations.FlipBits),
        Bytes("overwrite", 8, Any, ByteMutations.Overwrite),
        Bytes("insert", 6, Any, ByteMutations.Insert),
        Bytes("delete", 6, Any, ByteMutations.DeleteSpan),
        Bytes("nul", 4, Any, ByteMutations.Nuls),
        Bytes("repeat", 3, Any, ByteMutations.RepeatSpan),
        Bytes("random", 3, Any, ByteMutations.RandomFile),
        new("splice", 4, Any, (r, s, pool) => (ByteMutations.Splice(r, s.Bytes, r.Pick(pool).Bytes), s.Ext)),
        new("renamed", 5, Any, (r, s, _) => (s.Bytes, r.Pick(OtherExts))),
        Str("shuffle", 5, TextMutations.Shuffle),
        Str("duplicate", 5, TextMutations.DuplicateLines),
        Str("droplines", 4, TextMutations.DropLines),
        Str("endings", 5, TextMutations.MixEndings),
        Str("invisible", 5, TextMutations.InvisibleChars),
        Str("invisible-in-numbers", 5, TextMutations.InvisibleInNumbers),
        Str("astral", 4, TextMutations.AstralChars),
        Str("astral-words", 3, TextMutations.AstralWords),
        Str("emoji-runs", 3, TextMutations.EmojiRuns),
        Str("controls", 3, TextMutations.ControlChars),
        Str("numbers", 10, TextMutations.ExtremeNumbers),
        Str("foreign-digits", 3, TextMutations.ForeignDigits),
        Str("nfd", 3, TextMutations.Decompose),
        Str("case", 2, TextMutations.Case),
        Str("wide-rows", 2, TextMutations.WideRows),
        Str("markup", 4, HostileText.Markup),
        Str("nested-html", 2, (r, t) => HostileText.NestedHtml(r, t)),
        new("bom", 5, Text, (r, s, _) => (HostileText.WithBom(r, s.Text!), s.Ext)),
        new("utf16-broken", 2, Text, (r, s, _) => (HostileText.BrokenUtf16(r, s.Text!), s.Ext)),
        new("cp1258", 4, Text, (r, s, _) => (LegacyEncodings.ToWindows1258(s.Text!), s.Ext)),
        new("tcvn3", 4, Text, (r, s, _) => (LegacyEncodings.ToTcvn3(s.Text!), s.Ext)),
        new("huge-line", 1, Text, (r, s, _) => (HostileText.HugeLine(r, s.Text!), r.Chance(0.8) ? s.Ext : ".md")),
        Pkg("bad-xml", 6, PackageMutations.BadXml),
        Pkg("missing-part", 5, PackageMutations.MissingPart),
        Pkg("entity-bomb", 3, PackageMutations.EntityBomb),
        Pkg("odd-names", 3, PackageMutations.OddNames),
        Pkg("many-entries", 1, PackageMutations.ManyEntries),
        Pkg("ratio-bomb", 1, (_, b, ext) => PackageMutations.RatioBomb(b, ext)),
        Pkg("declared-1gb", 2, (_, b, ext) => PackageMutations.DeclaredGigabyte(b, ext)),
        Pkg("lying-size", 1, (_, b, ext) => PackageMutations.LyingSize(b, ext)),
        new("formulas", 6, Xlsx, (r, s, _) => (XlsxMutations.WithFormulas(r, s.Bytes), s.Ext)),
        new("huge-shared-strings", 1, Xlsx, (r, s, _) => (XlsxMutations.HugeSharedStrings(r, s.Bytes), s.Ext)),
        new("absurd-refs", 6, Xlsx, (r, s, _) => (XlsxMutations.AbsurdReferences(r, s.Bytes), s.Ext)),
        new("wrong-types", 4, Xlsx, (r, s, _) => (XlsxMutations.WrongTypes(r, s.Bytes), s.Ext)),
        new("docx-text", 4, Package, (r, s, pool) => (OfficeSamples.Docx(TextMutations.Lines(MutatedText(r, pool))), ".docx")),
        new("twice", 6, Any, (r, s, pool) => Twice(r, s, pool)),
    ];

    private static Mutator Bytes(string name, int weight, Func<SeedFile, bool> applies, Func<Random, byte[], byte[]> f) =>
        new(name, weight, applies, (r, s, _) => (f(r, s.Bytes), s.Ext));

    private static Mutator Str(string name, int weight, Func<Random, string, string> f) =>
        new(name, weight, Text, (r, s, _) => (Encoding.UTF8.GetBytes(f(r, s.Text!)), s.Ext));

    private static Mutator Pkg(string name, int weight, Func<Random, byte[], string, byte[]> f) =>
        new(name, weight, Package, (r, s, _) => (f(r, s.Bytes, s.Ext), s.Ext));

    // A text mutation of a plan seed, as the paragraphs of a generated .docx: the docx path sees the same hostility as text.
    private static string MutatedText(Random r, IReadOnlyList<SeedFile> pool)
    {
        var text = r.Pick(pool.Where(p => p.Text is not null).ToList()).Text!;
        var m = r.Pick(All.Where(m => m.Name is "numbers" or "invisible" or "markup" or "astral" or "controls" or "shuffle" or "nfd").ToList());
        return Encoding.UTF8.GetString(m.Run(r, SeedCorpus.FromBytes("x.txt", Encoding.UTF8.GetBytes(text)), pool).Bytes);
    }

    // Two cheap mutations in a row (never the giants), so damage compounds.
    private static (byte[], string) Twice(Random r, SeedFile s, IReadOnlyList<SeedFile> pool)
    {
        var cheap = All.Where(m => m.Weight >= 3 && m.Name != "twice").ToList();
        var first = Pick(r, cheap.Where(m => m.Applies(s)).ToList());
        var (bytes, ext) = first.Run(r, s, pool);
        var mid = SeedCorpus.FromBytes("x" + s.Ext, bytes);
        var second = Pick(r, cheap.Where(m => m.Applies(mid)).ToList());
        return (second.Run(r, mid, pool).Bytes, ext);
    }

    public static Mutator Pick(Random r, IReadOnlyList<Mutator> candidates)
    {
        var x = r.Next(candidates.Sum(m => m.Weight));
        foreach (var m in candidates)
            if ((x -= m.Weight) < 0) return m;
        return candidates[^1];
    }
}
