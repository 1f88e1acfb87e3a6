using Analytics.Pipeline.Glossary;

namespace Analytics.Tests.Glossary;

public class UnitsTests
{
    public static TheoryData<string, string?> UnitSpellings => new()
    {
        { "Sở Công thương tỉnh Khánh Hòa", "Sở Công Thương" },
        { "Kèm theo Kế hoạch số 133/KH-SKHDT", "Sở Kế hoạch và Đầu tư" },
        { "Sở KH&ĐT", "Sở Kế hoạch và Đầu tư" },
        { "Sở KH & ĐT Khánh Hòa", "Sở Kế hoạch và Đầu tư" },
        { "Trung tâm Phục vụ hành chính công", null },
    };

    [Theory, MemberData(nameof(UnitSpellings))]
    public void MatchUnit_Spelling_GivesCanonical(string text, string? unit) => Assert.Equal(unit, Units.MatchUnit(text));

    public static TheoryData<string, string?> ProvinceSpellings => new()
    {
        { "UBND tỉnh Khánh Hoà", "Khánh Hòa" },
        { "Số: /KH-SCT Gia Lai, ngày tháng 7 năm 2024", "Gia Lai" },
        { "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" },
        { "Khánh Hòa (mới, hợp nhất với Ninh Thuận)", "Khánh Hòa" },
        { "Sở Nội vụ", null },
    };

    [Theory, MemberData(nameof(ProvinceSpellings))]
    public void MatchProvince_Spelling_GivesCanonical(string text, string? province) => Assert.Equal(province, Units.MatchProvince(text));

    public static TheoryData<string, string?, string, string?> Names => new()
    {
        { "Sở Công Thương", "Khánh Hòa", "Sở Công Thương", "department" },
        { "Sở Công thương", "Khánh Hòa", "Sở Công Thương", "department" },
        { "SỞ CÔNG THƯƠNG TỈNH KHÁNH HÒA", "Khánh Hòa", "Sở Công Thương", "department" },
        { "So Cong Thuong tinh Khanh Hoa", "Khánh Hòa", "Sở Công Thương", "department" },
        { "  Sở   Công  Thương ", null, "Sở Công Thương", "department" },
        { "Sở Công Thương Khánh Hoà", "Khánh Hòa", "Sở Công Thương", "department" },
        { "Sở KH&ĐT", "Gia Lai", "Sở Kế hoạch và Đầu tư", "department" },
        { "Sở KH & ĐT", "Gia Lai", "Sở Kế hoạch và Đầu tư", "department" },
        { "SKHĐT", null, "Sở Kế hoạch và Đầu tư", "department" },
        { "Sở Kế hoạch & Đầu tư tỉnh Gia Lai", "Gia Lai", "Sở Kế hoạch và Đầu tư", "department" },
        { "Sở Tài chính (Khánh Hòa)", "Khánh Hòa", "Sở Tài chính", "department" },
        { "Sở Lao động - Thương binh và Xã hội", null, "Sở Lao động, Thương binh và Xã hội", "department" },
        { "Sở VH, TT&DL", null, "Sở Văn hóa, Thể thao và Du lịch", "department" },
        { "Sở Văn hoá, Thể thao và Du lịch", null, "Sở Văn hóa, Thể thao và Du lịch", "department" },
        { "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", "Khánh Hòa", "Sở Nông nghiệp và Môi trường", "department" },
        { "Bảo hiểm xã hội tỉnh Khánh Hòa", "Khánh Hòa", "Bảo hiểm xã hội tỉnh", "vertical_agency" },
        { "Công an tỉnh", "Khánh Hòa", "Công an tỉnh", "vertical_agency" },
        { "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", "Khánh Hòa", "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", "department_average" },
        { "Trung bình khối sở", "Khánh Hòa", "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", "department_average" },
        { "Trung bình khối cơ quan ngành dọc", "Khánh Hòa", "Trung bình khối cơ quan ngành dọc", "vertical_agency_average" },
        { "Chi nhánh VP đăng ký đất đai Thăng Bình", "Quảng Nam", "Chi nhánh Văn phòng đăng ký đất đai Thăng Bình", "district" },
        { "UBND tỉnh", "Khánh Hoà", "Khánh Hòa", "province" },
        { "UBND thành phố", "Hà Nội", "Hà Nội", "province" },
        { "Ủy ban nhân dân tỉnh Gia Lai", "Gia Lai", "Gia Lai", "province" },
        { "Sở Thử nghiệm A", "Khánh Hòa", "Sở Thử nghiệm A", null },
        // Issue 14.6: zero-width and bidi characters survived in names not in the glossary.
        { "Trung tâm\u200B Thử\u202E nghiệm\u2066 B\u2069\u200F", "Khánh Hòa", "Trung tâm Thử nghiệm B", null },
        { "\uFEFFSở Thử\u2060 nghiệm\u00AD C", null, "Sở Thử nghiệm C", null },
        { "Văn phòng Đăng ký đất đai thuộc Sở Tài nguyên và Môi trường", "Khánh Hòa", "Văn phòng Đăng ký đất đai thuộc Sở Tài nguyên và Môi trường", null },
    };

    [Theory, MemberData(nameof(Names))]
    public void Resolve_NameAsWritten_GivesCanonicalAndKind(string name, string? province, string canonical, string? kind) =>
        Assert.Equal(new ResolvedUnit(canonical, kind), Units.Resolve(name, province));

    [Fact]
    public void Provinces_AreThe63BeforeTheReorganisation() => Assert.Equal(63, Units.Provinces.Distinct().Count());

    [Fact]
    public void Registry_EveryCanonicalNameIsNfcAndResolvesToItself()
    {
        foreach (var unit in Units.All)
        {
            Assert.True(unit.Canonical.IsNormalized(System.Text.NormalizationForm.FormC), unit.Canonical);
            Assert.Equal(new ResolvedUnit(unit.Canonical, unit.Kind), Units.Resolve(unit.Canonical, unit.Province ?? "Khánh Hòa"));
        }
    }
}
