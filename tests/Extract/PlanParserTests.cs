using System.Globalization;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract;

/// <summary>Figures, targets and attribution, one statement at a time, in a minimal 2025 plan of Sở Công Thương Khánh Hòa.</summary>
public class PlanParserTests
{
    private static readonly string[] Head =
    [
        "Số: 23/KH-SCT", "", "Khánh Hòa, ngày 25 tháng 3 năm 2025", "", "KẾ HOẠCH", "",
        "Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Công Thương năm 2025", "",
    ];

    private static Extraction Parse(params string[] statements) =>
        PlanParser.Parse("plan.txt", Head.Concat(statements.SelectMany(s => new[] { s, "" })).ToList());

    private static string Show(Observation o) => string.Join(" ",
        o.Year, o.IndexCode, o.Criterion, Num(o.ValuePct), o.Rank is null ? "-" : $"{o.Rank}/{o.RankOf}",
        o.RankChange?.ToString("+0;-0;0", CultureInfo.InvariantCulture) ?? "-", Num(o.ValueChange)) + (o.IsDerived ? " derived" : "");

    private static string Show(Target t) => string.Join(" ", t.Year, t.IndexCode, t.Criterion, Num(t.TargetPct), t.SetBy);

    private static string Num(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static TheoryData<string, string[]> RankAndChangePhrases => new()
    {
        { "- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, **giảm 4 bậc**);",
            ["2024 SIPAS access 85.67 9/18 -4 -", "2023 SIPAS access - 5/18 - - derived"] },
        { "- (ii) Tiêu chí 2: Điều kiện đón tiếp đạt 88,57% (xếp hạng 6/18, **tăng 2 bậc**);",
            ["2024 SIPAS reception 88.57 6/18 +2 -", "2023 SIPAS reception - 8/18 - - derived"] },
        { "kết quả Chỉ số hài lòng của Sở Công Thương đạt **88,4%** (tăng 1,47 % so với năm trước), **đúng thứ 07/18** của khối sở",
            ["2024 SIPAS overall 88.4 7/18 - 1.47", "2023 SIPAS overall 86.93 - - - derived"] },
        { "Chỉ số hài lòng năm 2024 đạt 88,4%, đứng thứ 7 trên 18, giảm 0,5 điểm so với năm 2023.",
            ["2024 SIPAS overall 88.4 7/18 - -0.5", "2023 SIPAS overall 88.9 - - - derived"] },
        { "- (v) Tiêu chí 5: Tiếp nhận, xử lý thông tin phản hồi, đạt 87,39%, xếp hạng 6/18, **tăng 5 bậc**).",
            ["2024 SIPAS feedback 87.39 6/18 +5 -", "2023 SIPAS feedback - 11/18 - - derived"] },
        { "Năm 2024 Chỉ số Sự phục vụ của các bộ, công chức đạt đạt 89,78%",
            ["2024 SIPAS civil_servants 89.78 - - -"] },
        { "Chỉ số hài lòng của tỉnh năm 2023 là 84,2%, năm 2022 là 83,1%.",
            ["2023 SIPAS overall 84.2 - - -", "2022 SIPAS overall 83.1 - - -"] },
        { "Chỉ số hài lòng năm 2024 đạt 88,4%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%; năm 2023 đạt 97%.",
            ["2024 SIPAS overall 88.4 - - -"] },
    };

    [Theory, MemberData(nameof(RankAndChangePhrases))]
    public void Parse_RankAndChangePhrases_ObservationsAndDerived(string statement, string[] expected) =>
        Cultures.EachUnder(() => Assert.Equal(expected, Parse(statement).Observations.Select(Show)));

    public static TheoryData<string, string[]> TargetPhrases => new()
    {
        { "- Phấn đấu mức độ hài lòng của người dân, tổ chức đạt từ 90% trở lên trong năm 2025.", ["2025 SIPAS overall 90 plan"] },
        { "Nhằm đạt được chỉ tiêu mức độ hài lòng đối với sự phục vụ của Sở Công Thương đạt trên 90% trong năm 2025", ["2025 SIPAS overall 90 plan"] },
        { "nâng cao mức độ hài lòng về giải quyết thủ tục hành chính tối thiểu đạt 90%", ["2025 SIPAS procedures 90 plan"] },
        { "mức độ hài lòng về giải quyết thủ tục hành chính đạt tối thiểu 87%", ["2025 SIPAS procedures 87 plan"] },
        { "a) Mục tiêu, yêu cầu: Mức độ hài lòng của người dân đối với tiếp cận dịch vụ tăng ít nhất 02% so với năm 2023 (năm 2023 là 84,19%).",
            ["2025 SIPAS access 86.19 plan"] },
        { "Chỉ số hài lòng của Sở đạt 88,4% (vượt chỉ tiêu UBND tỉnh giao trong năm 2024 là 87%).", ["2024 SIPAS overall 87 province"] },
        { "- Nâng cao trách nhiệm trong nỗ lực cải thiện Chỉ số cải cách hành chính của Sở năm 2025 phấn đấu đạt từ 85% trở lên.", ["2025 PAR_INDEX overall 85 plan"] },
        { "Tiêu chí 1: Mức độ tiếp cận dịch vụ (Đây là tiêu chí chỉ số thấp, để đạt tỷ lệ từ 90% trở lên)", ["2025 SIPAS access 90 plan"] },
        { "100% hồ sơ được giải quyết đúng hạn, 100% PAKN được đánh giá hài lòng.", [] },
        { "Đến hết ngày 15/12/2024, tỷ lệ giải ngân của Sở đạt từ 85% trở lên.", [] },
        { "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC điện tử đạt tối thiểu 30%.", [] },
    };

    [Theory, MemberData(nameof(TargetPhrases))]
    public void Parse_TargetPhrases_Targets(string statement, string[] expected) =>
        Cultures.EachUnder(() => Assert.Equal(expected, Parse(statement).Targets.Select(Show)));

    [Fact]
    public void Parse_RiseOverBaseline_AlsoRecordsBaseline()
    {
        var result = Parse("Mức độ hài lòng của người dân đối với TTHC tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,09%).");
        Assert.Equal(["2023 SIPAS procedures 84.09 - - -"], result.Observations.Select(Show));
        Assert.Equal("tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,09%)", Assert.Single(result.Targets).Basis);
    }

    [Fact]
    public void Parse_TargetForOneFieldOnly_SkippedWithWarning()
    {
        var result = Parse("riêng mức độ hài lòng thủ tục hành chính lĩnh vực đầu tư đạt tối thiểu 87%.");
        Assert.Empty(result.Targets);
        Assert.Contains((9, ExtractMessages.SubDomainTarget), result.Findings.Select(f => (f.Line, f.Message)));
    }

    public static TheoryData<string, string, string> Attributions => new()
    {
        { "Chỉ số hài lòng của Sở Công Thương năm 2024 đạt 88,4%.", "Sở Công Thương", "department" },
        { "Chỉ số hài lòng của tỉnh năm 2023 là 84,2%.", "Khánh Hòa", "province" },
        { "Chỉ số hài lòng của Sở Tư pháp năm 2024 đạt 91,2%.", "Sở Tư pháp", "department" },
        { "Chỉ số hài lòng của cơ quan hành chính nhà nước tỉnh Gia Lai năm 2023 đạt 83,26%.", "Gia Lai", "province" },
        { "Chỉ số hài lòng của Thanh tra tỉnh năm 2024 đạt 97,51%.", "Thanh tra tỉnh", "department" },
        { "Chỉ số hài lòng của Văn phòng Ủy ban nhân dân tỉnh năm 2024 đạt 90,2%.", "Văn phòng UBND tỉnh", "department" },
        { "Chỉ số hài lòng của Ban Quản lý Khu kinh tế năm 2024 đạt 89,1%.", "Ban Quản lý Khu kinh tế", "department" },
    };

    [Theory, MemberData(nameof(Attributions))]
    public void Parse_Figure_AttributedToTheUnitItMeasures(string statement, string unit, string kind)
    {
        var o = Assert.Single(Parse(statement).Observations);
        Assert.Equal((unit, kind), (o.Unit, o.UnitKind));
    }

    [Fact]
    public void Parse_NoIssuerProvinceOrNamedUnit_FiguresSkippedWithOneWarning()
    {
        // Found by the long fuzz run (seed 20261121, case 09629: one line repeating this sentence, no heading): figures
        // were stored with an empty unit.
        var line = string.Concat(Enumerable.Repeat("Chỉ số hài lòng đạt 88,4%, xếp hạng 7/18, tăng 1,47% và tăng 2 bậc so với năm 2023; ", 3));
        var result = PlanParser.Parse("x.txt", [line]);
        Assert.Empty(result.Observations);
        Assert.Equal([(1, ExtractMessages.UnitUnknown)], result.Findings.Where(f => f.Message == ExtractMessages.UnitUnknown).Select(f => (f.Line, f.Message)));
    }

    [Fact]
    public void Parse_ProvinceThenDepartmentNotNamedSở_EachFigureToItsOwnUnit()
    {
        var result = Parse("Năm 2024, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh "
            + "Khánh Hòa đạt 91,24%, xếp thứ 10/34 cả nước (tăng 2 bậc); Chỉ số hài lòng của Thanh tra tỉnh đạt 97,51%, xếp hạng 1/25 "
            + "khối sở, ban, ngành.");
        Assert.Equal(["Khánh Hòa province 91.24 10/34", "Thanh tra tỉnh department 97.51 1/25"],
            result.Observations.Where(o => !o.IsDerived).Select(o => $"{o.Unit} {o.UnitKind} {Num(o.ValuePct)} {o.Rank}/{o.RankOf}"));
    }

    [Fact]
    public void Parse_LeadInList_ItemsAreIndexFiguresOfItsYear()
    {
        var result = Parse("Các chỉ số thành phần năm 2023 như sau:", "- Tiếp cận dịch vụ: 90,1%;", "- Thủ tục hành chính: 88,7%;",
            "Kết quả khác: tỷ lệ hồ sơ đúng hạn đạt 98%.");
        Assert.Equal(["2023 SIPAS access 90.1 - - -", "2023 SIPAS procedures 88.7 - - -"], result.Observations.Select(Show));
    }

    [Fact]
    public void Parse_Figure_SourceIsFileLineAndStatement()
    {
        var o = Parse("- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, **giảm 4 bậc**);").Observations[0];
        Assert.Equal(new SourceRef("plan.txt", 9, "- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, giảm 4 bậc);"), o.Source);
        Assert.Equal(("Mức độ tiếp cận dịch vụ", "plan_body"), (o.CriterionAsWritten, o.Origin));
    }
}
