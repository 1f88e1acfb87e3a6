using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Results;

/// <summary>Bad input gives Findings naming file and line, never an exception.</summary>
public class BadInputTests
{
    private const string Header = "scope,province,unit,year,index,criterion,value_pct,rank,rank_of,source_url,notes";

    public static TheoryData<string, string> LongRows => new()
    {
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,83.66,30,63,https://x", "row has 10 fields, expected 11: row not read" },
        { "province,Khánh Hòa,UBND tỉnh,20x4,SIPAS,overall,83.66,30,63,https://x,", "year '20x4' is not a year: row not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,8x.5,30,63,https://x,", "value '8x.5' in column 'value_pct' is not a percentage: cell not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,120,30,63,https://x,", "value '120' in column 'value_pct' is outside 0–100: cell not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,83.66,64,63,https://x,", "rank 64 is beyond its total 63: row not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,83.66,x3,63,https://x,", "rank 'x3' in column 'rank' is not a rank: cell not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,Chỉ số lạ,83.66,30,63,https://x,", "criterion 'Chỉ số lạ' is not in the criteria glossary: row not read" },
        { "province,Tỉnh Không Có,UBND tỉnh,2024,SIPAS,overall,83.66,30,63,https://x,", "province 'Tỉnh Không Có' is not in the provinces glossary: row not read" },
        { "province,Khánh Hòa,UBND tỉnh,2024,CHỈ SỐ LẠ,overall,83.66,30,63,https://x,", "index 'CHỈ SỐ LẠ' is not known (expected SIPAS, SIPAS (tỉnh), Chỉ số hài lòng (tỉnh) or PAR INDEX): row kept out of the observations" },
        { "commune,Khánh Hòa,UBND xã A,2024,SIPAS,overall,83.66,30,63,https://x,", "scope 'commune' is not one of province, national, department, vertical_agency, district: row not read" },
        { "national,Cả nước,median,2024,SIPAS,overall,83.66,,,https://x,", "national row 'median' is neither an average nor a maximum/minimum across provinces: row not read" },
    };

    [Theory, MemberData(nameof(LongRows))]
    public void ReadCsv_BadLongRow_WarnsWithFileAndLine(string row, string message)
    {
        var good = "province,Khánh Hòa,UBND tỉnh,2024,PAR INDEX,overall,90.49,10,63,https://x,";
        var x = ResultsReader.ReadCsv("bad.csv", PeerGroupsTests.Stream([Header, good, row]));
        Assert.Equal([$"bad.csv:3: warning: {message}"], x.Findings.Select(f => f.ToString()));
        Assert.Equal(row, x.Findings[0].Text);
        Assert.Equal(2, Assert.Single(x.Observations).Source.Line);
    }

    private static readonly string[] BadCells =
    [
        "KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2024 TỈNH KHÁNH HÒA", "STT;Đơn vị;Tiếp cận dịch vụ;Chỉ số hài lòng;Xếp hạng",
        "1;Sở Thử nghiệm A;9l,25;91,31;1", "2;Sở Thử nghiệm B;88,40;108,80;hai", ";;88,00;88,00;",
    ];

    [Fact]
    public void ReadCsv_LongColumnsInAnotherOrder_AreReadByName()
    {
        string[] lines =
        [
            "province,unit,scope,year,index,criterion,rank,rank_of,value_pct,notes,source_url",
            "Khánh Hòa,UBND tỉnh,province,2024,SIPAS,overall,30,63,83.66,,https://x",
        ];
        var o = Assert.Single(ResultsReader.ReadCsv("reordered.csv", PeerGroupsTests.Stream(lines)).Observations);
        Assert.Equal(("Khánh Hòa", "province", 83.66m, 30, 63), (o.Unit, o.UnitKind, o.ValuePct!.Value, o.Rank!.Value, o.RankOf!.Value));
    }

    public static TheoryData<string, string[], string[]> WideTables => new()
    {
        { "no province", ["KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2024", "STT;Đơn vị;Chỉ số hài lòng", "1;Sở Thử nghiệm A;91,31"],
            ["t.csv:2: error: the title names no province and none was given: give the province (e.g. --province \"Khánh Hòa\")"] },
        { "no year", ["KẾT QUẢ CHỈ SỐ HÀI LÒNG TỈNH KHÁNH HÒA", "STT;Đơn vị;Chỉ số hài lòng", "1;Sở Thử nghiệm A;91,31"],
            ["t.csv:2: error: the title names no year and none was given: give the survey year (e.g. --year 2024)"] },
        { "bad cells", BadCells,
            ["t.csv:3: warning: value '9l,25' in column 'Tiếp cận dịch vụ' is not a percentage: cell not read",
             "t.csv:4: warning: value '108,80' in column 'Chỉ số hài lòng' is outside 0–100: cell not read",
             "t.csv:4: warning: rank 'hai' in column 'Xếp hạng' is not a rank: cell not read",
             "t.csv:5: warning: row has values but no unit name: row not read"] },
        { "not a table", ["Báo cáo tình hình", "Nội dung;Ghi chú", "Họp giao ban;không"],
            ["t.csv:1: error: not a results table: no header row naming the units ('Đơn vị') and at least one criterion, 'Chỉ số hài lòng' or 'Xếp hạng' column"] },
    };

    [Theory, MemberData(nameof(WideTables))]
    public void ReadCsv_BadWideTable_ReportsFileAndLine(string _, string[] lines, string[] findings)
    {
        var x = ResultsReader.ReadCsv("t.csv", PeerGroupsTests.Stream(lines));
        Assert.Equal(findings, x.Findings.Select(f => f.ToString()));
        Assert.Equal(findings.Any(f => f.Contains(": error: ")), x.Failed);
    }

    [Fact]
    public void ReadCsv_BadCells_KeepsTheGoodCells() =>
        Assert.Equal(
            [("Sở Thử nghiệm A", "overall", (decimal?)91.31m, (int?)1), ("Sở Thử nghiệm B", "access", 88.40m, null)],
            ResultsReader.ReadCsv("t.csv", PeerGroupsTests.Stream(BadCells)).Observations
                .Select(o => (o.Unit, o.Criterion, o.ValuePct, o.Rank)));

    public static TheoryData<string, byte[], string> Files => new()
    {
        { "latin.csv", [0x53, 0xF4, 0x3B, 0x31], "latin.csv:1: error: file is not UTF-8 text (save it as CSV UTF-8)" },
        { "empty.csv", [0xEF, 0xBB, 0xBF, 0x0A], "empty.csv:1: error: file is empty" },
    };

    [Theory, MemberData(nameof(Files))]
    public void ReadCsv_UnreadableFile_IsAnError(string file, byte[] bytes, string finding) =>
        Assert.Equal([finding], ResultsReader.ReadCsv(file, new MemoryStream(bytes)).Findings.Select(f => f.ToString()));

    [Fact]
    public void ReadXlsx_NotAWorkbook_IsAnError()
    {
        var f = Assert.Single(ResultsReader.ReadXlsx("fake.xlsx", new MemoryStream("STT;Đơn vị"u8.ToArray())).Findings);
        Assert.Equal(("fake.xlsx", 1, Severities.Error), (f.File, f.Line, f.Severity));
        Assert.StartsWith("not a readable .xlsx workbook: ", f.Message);
    }

    [Fact]
    public void ReadLines_NoTable_IsAnErrorAndTryParseIsNull()
    {
        string[] lines = ["# Kế hoạch cải thiện", "Nội dung không có bảng."];
        Assert.Null(ResultsTable.TryParse("plan.md", lines));
        Assert.Equal(["plan.md:1: error: not a results table: no header row naming the units ('Đơn vị') and at least one criterion, 'Chỉ số hài lòng' or 'Xếp hạng' column"],
            ResultsReader.ReadLines("plan.md", lines).Findings.Select(f => f.ToString()));
    }
}
