using Analytics.Pipeline.Glossary;

namespace Analytics.Tests.Glossary;

/// <summary>The remarks of data/*.csv (`notes`, verbatim) and of a Home Affairs table's 'Ghi chú', with what a reader of
/// the source would doubt: the value, the rank, or nothing.</summary>
public class SourceDoubtsTests
{
    private const string Rounded = "giá trị đã được làm tròn";
    private const string ListedOrder = "thứ hạng suy từ thứ tự liệt kê trong nguồn, không phải thứ hạng công bố";
    private const string OtherSource = "các nguồn khác nêu số khác";

    public static TheoryData<string, string?, string?> Notes => new()
    {
        // note, doubt on the value, doubt on the rank
        { "rank from listed order", null, ListedOrder },
        { "rank implied by listed order", null, ListedOrder },
        { "rank 5 from listed order (both sources)", null, ListedOrder },
        { "rank from listed order; consistent with baogialai order", null, ListedOrder },
        { "bottom 3 (order as listed)", null, ListedOrder },
        { "value rounded to integer by source; value rounded to integer by source", Rounded, null },
        { "rounded; exact 85.48 in moitruong.net.vn row; value rounded to integer by source", Rounded, null },
        { "'last year' relative to 2018 article; ambiguous whether 2017 or 2018 index",
            "chưa rõ số liệu thuộc năm hay chỉ số nào", "chưa rõ số liệu thuộc năm hay chỉ số nào" },
        { "CONFLICT: doanhnghiephoinhap.vn gives 91.81% (separate row); 91.87 also in baodantoc.vn and nhadautu.vn", OtherSource, null },
        { "eng.binhduong.gov.vn gives '88,2%' (likely truncated)", OtherSource, null },
        { "CONFLICT/likely truncated: baobinhduong.vn gives 88.02% rank 13 (separate row)", OtherSource, null },
        { "CAUTION: 90.59 equals the reported national max of the 2024 policy sub-index (78.16-90.59) and 88.09 (2023) + 1.69 would be 89.78; may be a sub-index value. Rank 1 confirmed by vnanet/baoquocte",
            "có thể là giá trị của một chỉ số thành phần", null },
        { "Hanoi city plan target baseline; assumed to be SIPAS criterion value", "số liệu là giả định, chưa được xác nhận", null },
        // remarks that say how a figure was read, not that it is doubtful
        { "points/100", null, null },
        { "rank only", null, null },
        { "rank not stated", null, null },
        { "block average; 12 units evaluated, 8 above 90%", null, null },
        { "lowest on this criterion among 12 ('thấp nhất')", null, null },
        { "range across 63 provinces, not a single value", null, null },
        { "2021 index, published 2022", null, null },
        { "original: baoquangnam.vn/...-3140082.html", null, null },
        { "one of 3 lowest (2nd lowest listed); rank not stated explicitly", null, null },
        // a Home Affairs table's 'Ghi chú'
        { "Tạm tính", "số liệu tạm tính", "số liệu tạm tính" },
        { "Số liệu chưa chính thức", "số liệu chưa chính thức", "số liệu chưa chính thức" },
        { "Đã làm tròn", Rounded, null },
        { "Không làm tròn", null, null },
        { "Xếp hạng theo thứ tự liệt kê", null, ListedOrder },
        { "Sáp nhập từ 01/3/2025", null, null },
        { "Số bộ hồ sơ: 1.250", null, null },
        { "", null, null },
    };

    [Theory, MemberData(nameof(Notes))]
    public void Reason_OfARealRemark_IsWhatAReaderWouldDoubt(string note, string? value, string? rank) =>
        Assert.Equal((value, rank), (SourceDoubts.Reason(note, rank: false), SourceDoubts.Reason(note, rank: true)));
}
