using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Extract.Statements;


namespace Analytics.Tests.Extract;

/// <summary>Document metadata: kind, issuer, province, year, number, issue date; body and appendix disagreeing.</summary>
public class PlanMetadataTests
{
    private const string Title = "Nâng cao Chỉ số hài lòng đối với sự phục vụ của Sở Công Thương năm 2025";

    public static TheoryData<string[], string, string?, string?, int?, string?, string?> Documents => new()
    {
        { ["Số: /KH-SCT", "", "Khánh Hòa, ngày tháng 3 năm 2025", "", "KẾ HOẠCH", "", Title],
            "plan", "Sở Công Thương", "Khánh Hòa", 2025, null, null },
        { ["Số: 1337/KH-SKHĐT", "", "Khánh Hòa, ngày 11 tháng 4 năm 2023", "", "KẾ HOẠCH", "", "Cải thiện Chỉ số hài lòng, Chỉ số cải cách hành chính năm 2023"],
            "plan", "Sở Kế hoạch và Đầu tư", "Khánh Hòa", 2023, "1337/KH-SKHĐT", "2023-04-11" },
        { ["Số:           /KH-SCT Gia Lai, ngày         tháng 7 năm 2024", "", "KẾ HOẠCH", "", "Nâng cao Chỉ số hài lòng của cơ quan hành chính nhà nước tỉnh Gia Lai năm 2024"],
            "plan", "Sở Công Thương", "Gia Lai", 2024, null, null },
        { ["PHỤ LỤC", "", Title, "", "(Ban hành kèm theo Kế hoạch số: 23/KH-SCT ngày 25 tháng 3 năm 2025 của Sở Công Thương)", "",
            "STT\tCông việc\tĐơn vị chủ trì\tThời gian", "1\tCông khai TTHC của tỉnh Khánh Hòa\tVăn phòng Sở\tThường xuyên"],
            "appendix", "Sở Công Thương", "Khánh Hòa", 2025, "23/KH-SCT", "2025-03-25" },
        { ["KẾ HOẠCH", "", Title, "", "Căn cứ Quyết định của UBND tỉnh Khánh Hòa;", "", "GIÁM ĐỐC", "",
            "**NHIỆM VỤ, GIẢI PHÁP NĂM 2025**", "", "(Kèm theo Kế hoạch số:        /KH-SCT ngày        tháng 3 năm 2025 của Sở Công Thương)"],
            "plan+appendix", "Sở Công Thương", "Khánh Hòa", 2025, null, null },
    };

    [Theory, MemberData(nameof(Documents))]
    public void Parse_Document_Metadata(string[] lines, string kind, string? issuer, string? province, int? year, string? number, string? issuedOn)
    {
        var d = PlanParser.Parse("doc.txt", lines).Document;
        Assert.Equal((kind, issuer, province, year, number, issuedOn),
            (d.Kind, d.Issuer, d.Province, d.Year, d.Number, d.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parse_BodyAndAppendixDisagree_KeepsBodyAndWarnsNamingBothLines()
    {
        string[] lines =
        [
            "Số: 1337/KH-SKHĐT", "", "Khánh Hòa, ngày 11 tháng 4 năm 2023", "", "KẾ HOẠCH", "", "Cải thiện Chỉ số hài lòng năm 2023", "",
            "PHỤ LỤC", "(Kèm theo Kế hoạch số 133/KH-SKHDT ngày 4/ 4/2023 của Sở Kế hoạch và Đầu tư)",
        ];
        var result = PlanParser.Parse("doc.txt", lines);
        Assert.Equal(("1337/KH-SKHĐT", new DateOnly(2023, 4, 11)), (result.Document.Number, result.Document.IssuedOn));
        Assert.Equal(
            [
                (10, ExtractMessages.NumberDisagrees(1, "1337/KH-SKHĐT", 10, "133/KH-SKHDT")),
                (10, ExtractMessages.DateDisagrees(3, new DateOnly(2023, 4, 11), 10, new DateOnly(2023, 4, 4))),
            ],
            result.Findings.Where(f => f.Line == 10).Select(f => (f.Line, f.Message)));
    }

    [Fact]
    public void Parse_InvalidUnicode_ReplacedNotThrown()
    {
        var result = PlanParser.Parse("bad.txt", ["Chỉ số hài lòng của Sở Công Thương \uD800 năm 2024 đạt 88,4%\uFFFF", "\uDC00\u0000"]);
        Assert.Equal(88.4m, Assert.Single(result.Observations).ValuePct);
        Assert.Equal("a\uFFFDb", TextNormalizer.Line("a\uD800b"));
    }

    public static TheoryData<string[]> BadInputs => new()
    {
        Array.Empty<string>(),
        new[] { "", "   ", "\t" },
        new[] { "\u0000\u0001PK\u0003\u0004", "����", "<<<>>>|||" },
        new[] { "| STT | Công việc | Đơn vị chủ trì |", "|---|---|---|", "| | chỉ một dòng tiếp nối | |" },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public void Parse_BadInput_FindingsNotExceptions(string[] lines)
    {
        var result = PlanParser.Parse("bad.txt", lines);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal("bad.txt", f.File));
    }
}
