using Analytics.Dashboard.Upload;
using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Dashboard;

public sealed class UploadDefaultsTests
{
    public static TheoryData<string?, string?, ResultsDefaults?, string?> Cases => new()
    {
        { null, null, null, null },
        { "", "  ", null, null },
        { "Lai Châu", "2021", new ResultsDefaults("Lai Châu", 2021), null },
        { "Khánh Hòa", "", new ResultsDefaults("Khánh Hòa"), null },
        { "", "2000", new ResultsDefaults(null, 2000), null },
        { "khanh hoa", "2100", new ResultsDefaults("Khánh Hòa", 2100), null },
        { "Xứ Sở", "2024", null, "Không có tỉnh “Xứ Sở” trong danh mục tỉnh, thành phố; không tệp nào được nạp." },
        { "", "1999", null, "Năm “1999” không hợp lệ: năm phải là số nguyên từ 2000 đến 2100; không tệp nào được nạp." },
        { "", "2101", null, "Năm “2101” không hợp lệ: năm phải là số nguyên từ 2000 đến 2100; không tệp nào được nạp." },
        { "", "2024.5", null, "Năm “2024.5” không hợp lệ: năm phải là số nguyên từ 2000 đến 2100; không tệp nào được nạp." },
        { "", "-2024", null, "Năm “-2024” không hợp lệ: năm phải là số nguyên từ 2000 đến 2100; không tệp nào được nạp." },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Read_FormFields_GiveDefaultsOrReason(string? province, string? year, ResultsDefaults? defaults, string? problem) =>
        Assert.Equal((defaults, problem), UploadDefaults.Read(province, year));

    [Fact]
    public void Provinces_AreTheGlossarysSixtyThree()
    {
        Assert.Equal(63, UploadDefaults.Provinces.Count);
        Assert.Contains("Bà Rịa - Vũng Tàu", UploadDefaults.Provinces);
    }
}
