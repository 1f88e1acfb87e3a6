using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Results;

public class WideHeaderTests
{
    public static TheoryData<string, ColumnRole, string?> Headings => new()
    {
        { "STT", ColumnRole.Ignore, null },
        { "Số TT", ColumnRole.Ignore, null },
        { "Đơn vị", ColumnRole.Unit, null },
        { "Tên đơn vị", ColumnRole.Unit, null },
        { "Cơ quan, đơn vị", ColumnRole.Unit, null },
        { "ĐƠN VỊ ĐƯỢC ĐÁNH GIÁ", ColumnRole.Unit, null },
        { "Đơn vị tính", ColumnRole.Ignore, null },
        { "Tiêu chí 1: Tiếp cận dịch vụ", ColumnRole.Value, "access" },
        { "TIẾP CẬN DỊCH VỤ (%)", ColumnRole.Value, "access" },
        { "Thủ tục hành chính", ColumnRole.Value, "procedures" },
        { "Điều kiện tiếp đón và phục vụ", ColumnRole.Value, "reception" },
        { "Sự phục vụ của công chức, viên chức", ColumnRole.Value, "civil_servants" },
        { "Kết quả, tiến độ giải quyết công việc", ColumnRole.Value, "results" },
        { "Tiếp nhận, xử lý phản ánh, kiến nghị", ColumnRole.Value, "feedback" },
        { "Mức độ hài lòng về tiếp cận dịch vụ (%)", ColumnRole.Value, "access" },
        { "Chỉ số hài lòng", ColumnRole.Value, "overall" },
        { "Chỉ số hài lòng chung (%)", ColumnRole.Value, "overall" },
        { "Chỉ số SIPAS", ColumnRole.Value, "overall" },
        { "Xếp hạng", ColumnRole.Rank, null },
        { "Thứ hạng", ColumnRole.Rank, null },
        { "Xếp hạng Chỉ số hài lòng", ColumnRole.Rank, "overall" },
        { "Tiếp cận dịch vụ Xếp hạng", ColumnRole.Rank, "access" },
        { "Ghi chú", ColumnRole.Note, null },
        { "Ghi chú (nguồn số liệu)", ColumnRole.Note, null },
        { "Số phiếu khảo sát", ColumnRole.Ignore, null },
        { "Tăng/giảm so với năm 2023", ColumnRole.Ignore, null },
        { "Tiêu chí 2", ColumnRole.Unknown, null },
        { "Điểm thưởng", ColumnRole.Unknown, null },
    };

    [Theory, MemberData(nameof(Headings))]
    public void Classify_Heading_GivesRole(string heading, ColumnRole role, string? criterion) =>
        Assert.Equal((role, criterion), (WideHeader.Classify(0, heading).Role, WideHeader.Classify(0, heading).Criterion));

    [Fact]
    public void Columns_TwoHeaderRows_CombineMergedParentWithChildren()
    {
        string[] header = ["STT", "Đơn vị", "Tiếp cận dịch vụ", "", "Chỉ số hài lòng", ""];
        string[] sub = ["", "", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng"];
        Assert.True(WideHeader.IsSubHeader(header, sub));
        var (columns, findings) = WideHeader.Columns("f.csv", 3, header, sub);
        Assert.Equal(
            [(ColumnRole.Ignore, null), (ColumnRole.Unit, null), (ColumnRole.Value, "access"), (ColumnRole.Rank, "access"),
             (ColumnRole.Value, "overall"), (ColumnRole.Rank, "overall")],
            columns.Select(c => (c.Role, c.Criterion)));
        Assert.Empty(findings);
    }

    [Fact]
    public void Columns_UnnamedAndUnknownAndRepeated_AreReported()
    {
        string[] header = ["Đơn vị", "Tiêu chí 1", "Điểm thưởng", "Chỉ số hài lòng", "Mức độ hài lòng"];
        var (_, findings) = WideHeader.Columns("f.csv", 2, header, null);
        Assert.Equal(
            ["f.csv:2: warning: column 'Tiêu chí 1' names no known criterion: its values are not read",
             "f.csv:2: warning: column 'Điểm thưởng' is not a criterion, an index or a rank: not read",
             "f.csv:2: warning: column 'Mức độ hài lòng' repeats the Chỉ số chung column: not read"],
            findings.Select(f => f.ToString()));
    }

    [Fact]
    public void IsSubHeader_DataRow_IsNot() =>
        Assert.False(WideHeader.IsSubHeader(["STT", "Đơn vị", "Chỉ số hài lòng"], ["1", "Sở Thử nghiệm A", "91,31"]));
}
