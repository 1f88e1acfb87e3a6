using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;
using Analytics.Tests.Results;

namespace Analytics.Tests.Glossary;

public class UnitLineageTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 1);
    private static readonly DateOnly July2025 = new(2025, 7, 1);

    // data/unit_changes_2025.csv, line by line: the change the registry must hold for it (null: a narrative row, not a merger of named units).
    public static TheoryData<int, string?, string, string[], DateOnly> DataRows => new()
    {
        { 2, "Sở Tài chính", "department", ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], March2025 },
        { 3, "Sở Xây dựng", "department", ["Sở Xây dựng", "Sở Giao thông vận tải"], March2025 },
        { 4, "Sở Khoa học và Công nghệ", "department", ["Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"], March2025 },
        { 5, "Sở Nông nghiệp và Môi trường", "department", ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"], March2025 },
        { 6, "Sở Nội vụ", "department", ["Sở Nội vụ", "Sở Lao động, Thương binh và Xã hội"], March2025 },
        { 7, "Sở Dân tộc và Tôn giáo", "department", ["Ban Dân tộc", "Sở Nội vụ"], March2025 },
        { 8, "Sở Tài chính", "department", ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], March2025 },
        { 9, null, "", [], default },
        { 10, null, "", [], default },
        { 11, "Khánh Hòa", "province", ["Khánh Hòa", "Ninh Thuận"], July2025 },
        { 12, "Gia Lai", "province", ["Gia Lai", "Bình Định"], July2025 },
    };

    [Theory, MemberData(nameof(DataRows))]
    public void Registry_HoldsEachMergerOfTheDataFile(int line, string? newUnit, string kind, string[] mergedFrom, DateOnly effective)
    {
        var row = DataFile()[line - 1].Fields;
        var province = Units.MatchProvince(row[0]);
        var resolvedNew = kind == "province" ? province : Units.Resolve(row[1], province).Name;
        var resolvedFrom = row[2].Split('+').Select(p => kind == "province" ? Units.MatchProvince(p) : Units.Resolve(p, province).Name);
        if (newUnit is null)
        {
            Assert.DoesNotContain(UnitLineage.Changes, c => c.NewUnit == Units.Resolve(row[1], province).Name);
            return;
        }
        Assert.Equal(newUnit, resolvedNew);
        var change = Assert.Single(UnitLineage.Changes, c => c.NewUnit == newUnit && c.Kind == kind);
        Assert.Equal(mergedFrom, change.MergedFrom);
        Assert.Equal(effective, change.Effective);
        if (line != 7) Assert.Equal(mergedFrom, resolvedFrom.ToArray()); // line 7 merges 'chức năng tôn giáo của Sở Nội vụ'
    }

    [Fact]
    public void Changes_CountDepartmentsAndProvinces()
    {
        Assert.Equal(6, UnitLineage.Changes.Count(c => c.Kind == "department"));
        var provinces = UnitLineage.Changes.Where(c => c.Kind == "province").ToList();
        Assert.Equal(23, provinces.Count);
        Assert.Equal(52, provinces.Sum(c => c.MergedFrom.Count));
        Assert.Equal(34, 63 - 52 + 23);
    }

    [Fact]
    public void LineageFor_DepartmentInMergedProvince_GivesBothChanges()
    {
        var lineage = Units.LineageFor("Sở Tài chính tỉnh Khánh Hòa", "Khánh Hoà");
        Assert.Equal(
            [("Sở Tài chính", "department", (string?)null, "Sở Tài chính|Sở Kế hoạch và Đầu tư", March2025),
             ("Khánh Hòa", "province", "Khánh Hòa", "Khánh Hòa|Ninh Thuận", July2025)],
            lineage.Select(c => (c.NewUnit, c.Kind, c.Province, string.Join('|', c.MergedFrom), c.Effective)));
        Assert.Equal("https://thongtin.vietnam.vn/en/chu-tich-khanh-hoa-keu-goi-nha-dau-tu-cung-viet-nen-chuong-moi-day-hua-hen", lineage[1].SourceUrl);
    }

    public static TheoryData<string, string, int, int, string[]> Breaks => new()
    {
        { "Sở Tài chính", "Khánh Hòa", 2024, 2025, ["Sở Tài chính", "Khánh Hòa"] },
        { "Sở Tài chính", "Khánh Hòa", 2023, 2024, [] },
        { "Sở Tài chính", "Khánh Hòa", 2025, 2026, [] },
        { "Sở Kế hoạch và Đầu tư", "Thái Nguyên", 2022, 2025, ["Sở Tài chính", "Thái Nguyên"] },
        { "Sở Công Thương", "Hà Nội", 2024, 2025, [] },
        { "Sở Công Thương", "Khánh Hòa", 2024, 2025, ["Khánh Hòa"] },
        { "Khánh Hòa", "Khánh Hòa", 2024, 2025, ["Khánh Hòa"] },
        { "Bình Định", "Bình Định", 2024, 2025, ["Gia Lai"] },
        { "Quảng Ninh", "Quảng Ninh", 2024, 2025, [] },
    };

    [Theory, MemberData(nameof(Breaks))]
    public void Between_ConsecutiveYears_GivesTheMergersCrossed(string unit, string province, int prevYear, int year, string[] newUnits) =>
        Assert.Equal(newUnits, UnitLineage.Between(unit, province, prevYear, year).Select(c => c.NewUnit));

    [Theory]
    [InlineData("Sở Kế hoạch và Đầu tư", "Khánh Hòa", "Sở Tài chính")]
    [InlineData("Sở Giao thông vận tải", "Gia Lai", "Sở Xây dựng")]
    [InlineData("Sở Tài nguyên và Môi trường", "Thái Nguyên", "Sở Nông nghiệp và Môi trường")]
    [InlineData("Sở Tài chính", "Khánh Hòa", null)]
    [InlineData("Sở Công Thương", "Khánh Hòa", null)]
    public void SuccessorOf_MergedDepartment_GivesTheNewOne(string unit, string province, string? successor) =>
        Assert.Equal(successor, UnitLineage.SuccessorOf(unit, province));

    private static IReadOnlyList<CsvRecord> DataFile() =>
        CsvText.Records(File.ReadAllText(Path.Combine(RepoPaths.Data, "unit_changes_2025.csv")), ',');
}
