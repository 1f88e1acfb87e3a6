using Analytics.Pipeline.Extract.Plan;


namespace Analytics.Tests.Extract;

/// <summary>
/// The index and criteria of a plan's tasks from the section or group they sit under. Seeds 000, 001, 003 and 004 hold
/// the real shapes (see their goldens and <see cref="SeedTasksTests"/>); these are the shapes no seed shows: a group row
/// naming a PAR INDEX component, a component section in a SIPAS plan, a PAR section of a SIPAS plan, a SIPAS criterion
/// section in a PAR INDEX plan, numbered running-text tasks under a component heading.
/// </summary>
public class TableTasksTests
{
    private const string ParTitle = "Nâng cao Chỉ số cải cách hành chính của Sở Công Thương năm 2025";
    private const string SipasTitle = "Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Công Thương năm 2025";

    private static string[] Table(params string[] rows) =>
        ["| STT | Nhiệm vụ | Kết quả/sản phẩm | Tiến độ |", "|---|---|---|---|", .. rows];

    // title, body lines, "index criteria" per task in order
    public static TheoryData<string, string[], string[]> Plans => new()
    {
        { ParTitle, Table("| <b>I</b> | <b>CẢI CÁCH THỦ TỤC HÀNH CHÍNH</b> | | |",
                "| 1 | Công khai TTHC đầy đủ | Mức độ hài lòng về thủ tục hành chính đạt 90% | Thường xuyên |"),
            ["PAR_INDEX par_procedures"] },
        { ParTitle, Table("| <b>I</b> | <b>NHIỆM VỤ TRỌNG TÂM</b> | | |", "| 1 | Cải cách tài chính công | | |",
                "| 1.1 | Thực hiện tiết kiệm chi phí hành chính | Báo cáo | Trong năm |",
                "| 2 | Cải cách chế độ công vụ | | |", "| 2.1 | Chuyển đổi vị trí công tác | Báo cáo | Trong năm |",
                "| 3 | Rà soát quy chế làm việc | Quy chế | Quý II |"),
            ["PAR_INDEX par_public_finance", "PAR_INDEX par_civil_service", "PAR_INDEX overall"] },
        { SipasTitle, Table("| <b>I</b> | <b>CẢI CÁCH THỦ TỤC HÀNH CHÍNH</b> | | |",
                "| 1 | Công khai TTHC đầy đủ | Hồ sơ đúng hạn | Thường xuyên |"),
            ["SIPAS overall"] },
        { SipasTitle, Table("| <b>I</b> | <b>NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH</b> | | |", "| 1 | Cải cách chế độ công vụ | | |",
                "| 1.1 | Chuyển đổi vị trí công tác | Báo cáo | Trong năm |", "| 2 | Rà soát quy chế làm việc | Quy chế | Quý II |"),
            ["PAR_INDEX par_civil_service", "PAR_INDEX overall"] },
        { ParTitle, Table("| <b>I</b> | <b>Tiêu chí 2: Thủ tục hành chính</b> | | |",
                "| 1 | Niêm yết TTHC | Hồ sơ đúng hạn | Thường xuyên |", "| <b>II</b> | <b>CẢI CÁCH THỂ CHẾ</b> | | |",
                "| 1 | Rà soát văn bản quy phạm pháp luật | Báo cáo | Quý IV |"),
            ["SIPAS procedures", "PAR_INDEX par_institutions"] },
        { ParTitle, ["2. Cải cách thể chế", "", "2.1. Rà soát văn bản", "", "a) Nhiệm vụ, giải pháp: Rà soát, hệ thống hóa văn bản.", "",
                "b) Cơ quan chủ trì: Thanh tra Sở."],
            ["PAR_INDEX par_institutions"] },
    };

    [Theory, MemberData(nameof(Plans))]
    public void Parse_TaskUnderSection_IndexAndCriteriaOfTheSection(string title, string[] body, string[] expected)
    {
        var lines = new[] { "KẾ HOẠCH", "", title, "" }.Concat(body).ToList();
        var tasks = PlanParser.Parse("plan.txt", lines).Tasks;
        Assert.Equal(expected, tasks.Select(t => $"{t.IndexCode} {string.Join("|", t.Criteria)}"));
    }
}
