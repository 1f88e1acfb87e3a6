using System.Text;
using Analytics.Fuzz;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Fuzz;

/// <summary>Each kind of hostile document, through the real reader: refused with the reason that names it, or read as its clean original.</summary>
public class HostileDocumentsTests
{
    private static readonly string Plan = File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "002_*").Single());
    private static readonly byte[] Workbook = OfficeSamples.Xlsx();
    private const string Sheet = "xl/worksheets/sheet1.xml";

    public static TheoryData<string, string, Func<byte[]>, string> Refused => new()
    {
        { "TCVN3 plan", "plan.txt", () => LegacyEncodings.ToTcvn3(Plan), ReaderMessages.NotUtf8 },
        { "Windows-1258 plan", "plan.txt", () => LegacyEncodings.ToWindows1258(Plan), ReaderMessages.NotUtf8 },
        { "UTF-16 without BOM", "plan.md", () => Encoding.Unicode.GetBytes(Plan), ReaderMessages.NotUtf8 },
        { "text one byte over the limit", "plan.txt", () => HostileText.Big(Plan, DocumentReader.MaxTextBytes + 1),
            ReaderMessages.TextTooLarge(DocumentReader.MaxTextBytes + 1, DocumentReader.MaxTextBytes) },
        { "part inflating 1000:1", "r.xlsx", () => PackageMutations.RatioBomb(Workbook, ".xlsx"), ReaderMessages.ZipRatio(Sheet) },
        { "part declaring 1 GB", "r.xlsx", () => PackageMutations.DeclaredGigabyte(Workbook, ".xlsx"), ReaderMessages.ZipTooLarge(Pipeline.Extract.Decode.ZipGuard.MaxExpandedBytes) },
        { "10,050 parts", "r.xlsx", () => ZipParts.Write(ZipParts.Read(Workbook).Concat(Enumerable.Range(0, 10_050).Select(i => ($"x/{i}.xml", "<a/>"u8.ToArray())))),
            ReaderMessages.ZipTooManyEntries(10_050 + ZipParts.Read(Workbook).Count) },
        { "a text renamed .xlsx", "r.xlsx", () => Encoding.UTF8.GetBytes(Plan), ReaderMessages.NotZip(".xlsx") },
        { "a workbook named .pdf", "r.pdf", () => Workbook, Pipeline.Extract.Decode.DecodeMessages.NotOfKind("r.pdf", ".pdf") },
        { "a workbook named .odt", "r.odt", () => Workbook, ReaderMessages.Unsupported(".odt", DocumentReader.Supported) },
    };

    [Theory, MemberData(nameof(Refused))]
    public void Read_HostileDocument_RefusedWithItsReason(string what, string name, Func<byte[]> make, string message)
    {
        var x = DocumentReader.Read(name, make());
        Assert.True(x.Failed, what);
        Assert.Equal(message, x.Findings.First(f => f.Severity == Severities.Error).Message);
    }

    public static TheoryData<string, Func<byte[]>> DamagedWorkbooks => new()
    {
        { "part claiming 1 KB that inflates to 120 MB", () => PackageMutations.LyingSize(Workbook, ".xlsx") },
        { "entity expansion (billion laughs)", () => PackageMutations.EntityBomb(new Random(1), Workbook, ".xlsx") },
        { "sheet part missing", () => ZipParts.Write(ZipParts.Read(Workbook).Where(p => p.Name != Sheet)) },
    };

    [Theory, MemberData(nameof(DamagedWorkbooks))]
    public void Read_DamagedWorkbook_RefusedAsUnreadable(string what, Func<byte[]> make)
    {
        var x = DocumentReader.Read("r.xlsx", make());
        Assert.True(x.Failed, what);
        Assert.StartsWith("not a readable .xlsx workbook", x.Findings.First(f => f.Severity == Severities.Error).Message);
    }

    public static TheoryData<string, string> ReadAsTheSeed => new()
    {
        { "10,000 nested tags", HostileText.NestedHtml(new Random(3), Plan) },
        { "Devanagari digits", string.Concat(Plan.Select(c => char.IsAsciiDigit(c) ? (char)('\u0966' + c - '0') : c)) },
        { "word joiner and RTL mark inside figures", Plan.Replace("6/18", "6/1\u20608").Replace("85,67%", "85,\u200F67%") },
        { "emoji and a right-to-left override", Plan.Replace("Tiêu chí", "😀 Tiêu chí").Replace("tăng 2 bậc", "\u202Etăng 2 bậc\u202C") },
        { "CR, CR LF and U+2028 line ends", string.Concat(TextMutations.Lines(Plan).Select((l, i) => l + (i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\u2028"))) },
    };

    [Theory, MemberData(nameof(ReadAsTheSeed))]
    public void Read_HostileText_SameFiguresAsTheSeed(string what, string text)
    {
        var seed = DocumentReader.Read("002.txt", Encoding.UTF8.GetBytes(Plan));
        var x = DocumentReader.Read("002.txt", Encoding.UTF8.GetBytes(text));
        Assert.False(x.Failed, what);
        Assert.Equal(Figures(seed), Figures(x));
    }

    [Fact]
    public void Read_LongRunsOfEmojiAroundFigures_ReadsWholeCharactersThatTheDatabaseTakes()
    {
        var run = string.Concat(Enumerable.Repeat("😀", 250));
        var text = Plan.Replace("Điều kiện đón tiếp đạt 88,57%", run + "Điều kiện đón tiếp đạt 88,57%" + run)
            .Replace("đạt **88,4%**", "đạt **88,4%**" + string.Concat(Enumerable.Repeat("𝐀", 301)));
        var x = DocumentReader.Read("002.txt", Encoding.UTF8.GetBytes(text));
        Assert.False(x.Failed, string.Join("; ", x.Findings));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(x.Observations.Select(o => o.Source.Text).Concat(x.Observations.Select(o => o.CriterionAsWritten)), t => strict.GetByteCount(t));
        Assert.Contains(x.Observations, o => o.Criterion == "access" && o.ValuePct == 85.67m && o.Rank == 9);
    }

    [Theory]
    [InlineData("A1:XFD1048576")]
    [InlineData("A1:A1048576")]
    [InlineData("XFD1:A1")]
    public void Read_MergeOverTheWholeSheet_ReadsTheTableAsItIs(string range)
    {
        var merged = PackageMutations.WithPart(Workbook, Sheet, (_, xml) => Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(xml).Replace("ref=\"A1:I1\"", $"ref=\"{range}\"")), new Random(1));
        var started = DateTime.UtcNow;
        var x = DocumentReader.Read("r.xlsx", merged);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal(Figures(DocumentReader.Read("r.xlsx", Workbook)), Figures(x));
    }

    private static List<string> Figures(Extraction x) =>
        x.Observations.Select(o => $"{o.Unit}|{o.Year}|{o.Criterion}|{o.ValuePct}|{o.Rank}/{o.RankOf}|{o.RankChange}|{o.IsDerived}").ToList();
}
