using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract;

/// <summary>The document shapes: tab tables split by page breaks, markdown tables with HTML, PDF text with hard breaks.</summary>
public class LayoutTests
{
    private static readonly string[] TabTable =
    [
        "STT\tCông việc\tĐơn vị chủ trì\tThời gian",
        "1\tCông khai đầy đủ thông tin trên\tVăn phòng Sở\tThường xuyên",
        "",
        "STT\tCông việc\tĐơn vị chủ trì\tThời gian",
        "\ttrang thông tin điện tử của Sở.\t\t",
        "2\tNiêm yết thủ tục\tThanh tra Sở\tQuý II",
    ];

    private static (IReadOnlyList<PlanRow> Rows, List<Finding> Findings) Rows(params string[] lines)
    {
        var table = Layout.Build(SourceLines.Read(lines)).OfType<TableBlock>().Single();
        var findings = new List<Finding>();
        return (TableRows.Merge("t.txt", table, findings), findings);
    }

    [Fact]
    public void Parse_SplitTableRow_JoinsContinuation()
    {
        var (rows, _) = Rows(TabTable);
        Assert.Equal("Công khai đầy đủ thông tin trên trang thông tin điện tử của Sở.", rows[0].Cells[1]);
        Assert.Equal(2, rows[0].Line);
    }

    [Fact]
    public void Parse_RepeatedHeader_Skipped()
    {
        var (rows, findings) = Rows(TabTable);
        Assert.Equal(["1", "2"], rows.Select(r => r.Number));
        Assert.Equal(6, rows[1].Line);
        Assert.Empty(findings);
    }

    [Fact]
    public void Parse_MarkdownTableWithHtml_CellsClean()
    {
        var (rows, _) = Rows(
            "| STT | Nhiệm vụ | Kết quả/sản phẩm | Tiến độ |",
            "|-----|---|---|---|",
            "| <b>VIII</b> | <b>CẢI THIỆN CHỈ SỐ HÀI LÒNG</b> | | |",
            "| 1 | <ul style=\"list-style-type: none\"><li>- Rà soát dữ liệu;</li><li>Tiếp thu ý kiến</li></ul> | Mức độ hài lòng trên 87% | Trong năm 2024 |");
        Assert.Equal(["VIII", "1"], rows.Select(r => r.Number));
        Assert.Equal("CẢI THIỆN CHỈ SỐ HÀI LÒNG", rows[0].Cells[1]);
        Assert.Equal("- Rà soát dữ liệu; - Tiếp thu ý kiến", rows[1].Cells[1]);
    }

    [Fact]
    public void Parse_PageBreakFragment_MovedToRowAbove()
    {
        var (rows, findings) = Rows(
            "Stt\tNội dung/Nhiệm vụ\tKết quả/ Sản phẩm\tCách thức thực hiện",
            "1.1\tHỗ trợ khách hàng\tCải thiện Chỉ số Tiếp cận dịch vụ\tBộ phận đường dây nóng Văn phòng Sở",
            "// 4/ 4/ 2023",
            "Stt\tNội dung/Nhiệm vụ\tKết quả/ Sản phẩm\tCách thức thực hiện",
            "1.2\tRà soát TTHC\tCải thiện Chi số Thủ tục hành chính\t<p>hướng dẫn, giải đáp kịp thời.</p> <p>- Chi đoàn Sở lên kế hoạch</p>");
        Assert.Equal("Bộ phận đường dây nóng Văn phòng Sở hướng dẫn, giải đáp kịp thời.", rows[0].Cells[3]);
        Assert.Equal("- Chi đoàn Sở lên kế hoạch", rows[1].Cells[3]);
        var warning = Assert.Single(findings);
        Assert.Equal((5, BlockMessages.FragmentMoved("Cách thức thực hiện")), (warning.Line, warning.Message));
    }

    [Fact]
    public void Parse_HyphenatedWordAcrossBreak_JoinedWithoutSpace()
    {
        var (rows, _) = Rows(
            "Stt\tNội dung/Nhiệm vụ\tKết quả/ Sản phẩm\tTiến độ thực hiện",
            "2.3\tThứ hạng trong các Bộ chỉ số: PAR-\tTăng từ 04 tiêu chí\tTrong năm 2023",
            "Stt\tNội dung/Nhiệm vụ\tKết quả/ Sản phẩm\tTiến độ thực hiện",
            "2.4\t<p>INDEX, PCI tăng so với năm trước</p> <p>Hoàn thành nhiệm vụ</p>\tĐúng tiến độ\tTrước 15/12");
        Assert.Equal("Thứ hạng trong các Bộ chỉ số: PAR-INDEX, PCI tăng so với năm trước", rows[0].Cells[1]);
        Assert.Equal("Hoàn thành nhiệm vụ", rows[1].Cells[1]);
    }

    public static TheoryData<string, bool> JunkLines => new()
    {
        { "// 4/ 4/ 2023", true }, { "Trang 3/5", true }, { "- 12 -", true }, { "7", true },
        { "- Sở Nội vụ;", false }, { "2023 là 83,26%).", false },
    };

    [Theory, MemberData(nameof(JunkLines))]
    public void IsJunk_PageMarker_Recognised(string line, bool junk) => Assert.Equal(junk, SourceLines.IsJunk(line));

    [Fact]
    public void Join_HardWrappedPdfText_LogicalParagraphsKeepStartLine()
    {
        TextLine[] lines =
        [
            new(560, "2.1. Mức độ hài lòng của người dân đối với trách nhiệm giải trình của", 0),
            new(562, "chính quyền về chính sách", 1),
            new(564, "a) Mục tiêu, yêu cầu: Mức độ hài lòng của người dân đối với trách nhiệm", 1),
            new(566, "giải trình của chính quyền về chính sách tăng ít nhất 2% so với năm 2023 (năm", 1),
            new(568, "2023 là 83,26%).", 1),
            new(570, "b) Nhiệm vụ, giải pháp: Văn phòng, Thanh tra phối hợp với các phòng", 1),
            new(572, "Thuộc Sở tham mưu thực hiện.", 1),
            new(575, "Tiếp theo sau hai dòng trống", 2),
        ];
        var paragraphs = Paragraphs.Join(lines, wrapped: true);
        Assert.Equal([560, 564, 570, 575], paragraphs.Select(p => p.Line));
        Assert.Equal("2.1. Mức độ hài lòng của người dân đối với trách nhiệm giải trình của chính quyền về chính sách", paragraphs[0].Text);
        Assert.EndsWith("so với năm 2023 (năm 2023 là 83,26%).", paragraphs[1].Text);
        Assert.Equal("b) Nhiệm vụ, giải pháp: Văn phòng, Thanh tra phối hợp với các phòng Thuộc Sở tham mưu thực hiện.", paragraphs[2].Text);
    }

    [Fact]
    public void Join_WordText_BlankLineSeparatesParagraphs()
    {
        TextLine[] lines = [new(7, "KẾ HOẠCH", 1), new(9, "Thực hiện các giải pháp năm 2025", 1), new(11, "Căn cứ Quyết định số 3487", 1)];
        Assert.Equal(["KẾ HOẠCH", "Thực hiện các giải pháp năm 2025", "Căn cứ Quyết định số 3487"],
            Paragraphs.Join(lines, wrapped: false).Select(p => p.Text));
    }

    [Fact]
    public void Build_TabRowsWithoutHeader_ReadAsText()
    {
        var blocks = Layout.Build(SourceLines.Read(["SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Số: 23/KH-SCT\tKhánh Hòa, ngày 25 tháng 3 năm 2025"]));
        Assert.All(blocks, b => Assert.IsType<ParagraphBlock>(b));
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text == "Khánh Hòa, ngày 25 tháng 3 năm 2025" && p.Line == 3);
    }
}
