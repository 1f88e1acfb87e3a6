using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Results;

/// <summary>The wide fixtures (tests/Fixtures/results, synthetic: see its README) read to the same observations in every format.</summary>
public class ResultsReaderTests
{
    // Hand-typed from the fixture: unit, kind, then access, reception, civil_servants, results, feedback, overall as "value rank".
    private static readonly string[] Table =
    [
        "Sở Thử nghiệm A|department|91.25|90.10|92.40|93.05|89.75|91.31 2",
        "Sở Thử nghiệm B|department|88.40|87.95|90.20|91.10|86.35|88.80 4",
        "Sở Thử nghiệm C|department|93.60|92.15|94.05|95.20|92.80|93.56 1",
        "Sở Thử nghiệm D|department|85.67|86.00|88.10|89.00|84.20|86.59 6",
        "Sở Thử nghiệm E|department|90.00|89.30|91.75|90.40|88.15|89.92 3",
        "Sở Thử nghiệm F|department|88.80|88.10|89.45|90.05|87.60|88.80 4",
        "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh|department_average|89.62|88.93|90.99|91.47|88.14|89.83",
        "Cơ quan ngành dọc thử nghiệm X|vertical_agency|86.90|87.20|88.30|87.95|86.30|87.33 1",
        "Cơ quan ngành dọc thử nghiệm Y|vertical_agency|83.10|84.25|85.40|84.60|82.65|84.00 2",
    ];

    private static readonly string[] CriterionOrder = ["access", "reception", "civil_servants", "results", "feedback", "overall"];

    private static IEnumerable<(string, string, string, decimal?, int?, int?)> Expected() =>
        from line in Table
        let f = line.Split('|')
        let peers = f[1] switch { "department" => 6, "vertical_agency" => 2, _ => (int?)null }
        from i in Enumerable.Range(0, 6)
        let figure = f[2 + i].Split(' ')
        select (f[0], f[1], CriterionOrder[i], (decimal?)decimal.Parse(figure[0], System.Globalization.CultureInfo.InvariantCulture),
            figure.Length > 1 ? int.Parse(figure[1]) : (int?)null, peers);

    public static TheoryData<string, string[]> Fixtures => new()
    {
        { "khanh_hoa_2024_synthetic.csv", [] },
        { "khanh_hoa_2024_synthetic.md", [] },
        { "khanh_hoa_2024_synthetic.docx", [] },
        { "khanh_hoa_2024_synthetic.xlsx", ["khanh_hoa_2024_synthetic.xlsx:1: warning: sheet 'Ghi chú' holds no results table: sheet not read"] },
    };

    [Theory, MemberData(nameof(Fixtures))]
    public void Read_WideFixture_GivesTheTable(string file, string[] findings)
    {
        var x = Read(file);
        Assert.Equal(Expected(), x.Observations.Select(o => (o.Unit, o.UnitKind, o.Criterion, o.ValuePct, o.Rank, o.RankOf)));
        Assert.All(x.Observations, o => Assert.Equal(("Khánh Hòa", 2024, "SIPAS", "published", file), (o.Province, o.Year, o.IndexCode, o.Origin, o.Source.File)));
        Assert.Equal(findings, x.Findings.Select(f => f.ToString()));
        Assert.Equal(("results", "Khánh Hòa", (int?)2024, Path.GetExtension(file)[1..]), (x.Document.Kind, x.Document.Province, x.Document.Year, x.Document.Format));
    }

    public static TheoryData<string, int, string, string> Sources => new()
    {
        { "khanh_hoa_2024_synthetic.csv", 4, "1;Sở Thử nghiệm A;91,25%;90,10%;92,40%;93,05%;89,75%;91,31%;2", "Tiếp cận dịch vụ" },
        { "khanh_hoa_2024_synthetic.md", 8, "| 1 | Sở Thử nghiệm A | 91.25 | 90.10 | 92.40 | 93.05 | 89.75 | 91.31 | 2 |", "Tiếp cận dịch vụ" },
        { "khanh_hoa_2024_synthetic.docx", 5, "1\tSở Thử nghiệm A\t91,25\t90,10\t92,40\t93,05\t89,75\t91,31\t2", "Tiếp cận dịch vụ" },
        { "khanh_hoa_2024_synthetic.xlsx", 7, "Kết quả!7: 1 | Sở Thử nghiệm A | 91.25 | 90.1 | 92.4 | 93.05 | 89.75 | 91.31 | 2", "Tiêu chí 1: Tiếp cận dịch vụ" },
    };

    [Theory, MemberData(nameof(Sources))]
    public void Read_WideFixture_QuotesRowAsSource(string file, int line, string text, string asWritten)
    {
        var o = Read(file).Observations.First(o => o.Unit == "Sở Thử nghiệm A");
        Assert.Equal((line, text, asWritten), (o.Source.Line, o.Source.Text, o.CriterionAsWritten));
    }

    [Fact]
    public void Read_WideTableWithGhiChu_KeepsEachRowsRemarkWithItsFigures()
    {
        string[] lines =
        [
            "KẾT QUẢ CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ TỈNH KHÁNH HÒA;;;;;",
            "STT;Đơn vị;Tiếp cận dịch vụ;Chỉ số hài lòng;Xếp hạng;Ghi chú",
            "1;Sở Tư pháp;91,25%;91,31%;1;",
            "2;Sở Y tế;88,40%;88,80%;2;Tạm tính, chờ phúc tra",
        ];
        var x = ResultsReader.ReadCsv("ghi_chu.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        Assert.Empty(x.Findings);
        Assert.Equal(
            [("Sở Tư pháp", "access", (string?)null), ("Sở Tư pháp", "overall", null),
             ("Sở Y tế", "access", "Tạm tính, chờ phúc tra"), ("Sở Y tế", "overall", "Tạm tính, chờ phúc tra")],
            x.Observations.Select(o => (o.Unit, o.Criterion, o.Source.Note)));
    }

    [Fact]
    public void ReadXlsx_CheckedInFixture_MatchesItsGenerator()
    {
        FixtureFiles.RegenerateIfAsked();
        var generated = ResultsReader.ReadXlsx("khanh_hoa_2024_synthetic.xlsx", new MemoryStream(FixtureFiles.Xlsx()));
        Assert.Equal(Read("khanh_hoa_2024_synthetic.xlsx").Observations, generated.Observations);
        var docx = ResultsReader.ReadLines("khanh_hoa_2024_synthetic.docx", DocxText.ReadLines(new MemoryStream(FixtureFiles.Docx())).Lines);
        Assert.Equal(Read("khanh_hoa_2024_synthetic.docx").Observations, docx.Observations);
    }

    internal static Extraction Read(string file, ResultsDefaults? defaults = null)
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Fixtures("results"), file));
        return Path.GetExtension(file) switch
        {
            ".csv" => ResultsReader.ReadCsv(file, stream, defaults),
            ".xlsx" => ResultsReader.ReadXlsx(file, stream, defaults),
            ".docx" => ResultsReader.ReadLines(file, DocxText.ReadLines(stream).Lines, defaults),
            _ => ResultsReader.ReadLines(file, File.ReadAllLines(Path.Combine(RepoPaths.Fixtures("results"), file)), defaults),
        };
    }
}
