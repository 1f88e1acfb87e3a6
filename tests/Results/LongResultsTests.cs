using Analytics.Pipeline.Glossary;
using System.Globalization;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Results;

public class LongResultsTests
{
    // file, data rows, observations, rows kept out with a warning
    public static TheoryData<string, int, int, int> Files => new()
    {
        { "sipas_provinces.csv", 79, 77, 2 },
        { "par_index_provinces.csv", 49, 49, 0 },
        { "sipas_units_in_provinces.csv", 34, 15, 19 },
    };

    [Theory, MemberData(nameof(Files))]
    public void Read_DataFile_LosesNoRow(string file, int rows, int observations, int warnings)
    {
        var x = Read(file);
        Assert.Equal(rows, File.ReadAllLines(Path.Combine(RepoPaths.Data, file)).Length - 1);
        Assert.Equal(observations, x.Observations.Count);
        Assert.Equal(warnings, x.Findings.Count(f => f.Severity == Severities.Warning));
        Assert.False(x.Failed);
        Assert.Equal(rows, x.Observations.Select(o => o.Source.Line).Concat(x.Findings.Select(f => f.Line)).Distinct().Count());
        Assert.All(x.Observations, o => Assert.Equal("published", o.Origin));
        Assert.Equal(("results", "csv", file), (x.Document.Kind, x.Document.Format, x.Document.SourceFile));
    }

    // file, line → unit, kind, province, year, index, criterion, "value rank/rank_of" ('-' for blank)
    public static TheoryData<string, int, string, string, string?, int, string, string, string> Spots => new()
    {
        { "sipas_provinces.csv", 50, "Khánh Hòa", "province", "Khánh Hòa", 2024, "SIPAS", "overall", "83.66 30/63" },
        { "sipas_provinces.csv", 49, "Khánh Hòa", "province", "Khánh Hòa", 2024, "SIPAS", "service_delivery", "85.7 14/63" },
        { "sipas_provinces.csv", 2, "Bình Dương", "province", "Bình Dương", 2017, "SIPAS", "overall", "79.58 33/63" },
        { "sipas_provinces.csv", 3, "Sơn La", "province", "Sơn La", 2018, "SIPAS", "overall", "- 1/63" },
        { "sipas_provinces.csv", 19, "TP. Hồ Chí Minh", "province", "TP. Hồ Chí Minh", 2020, "SIPAS", "overall", "84 43/63" },
        { "sipas_provinces.csv", 22, "Hà Nội", "province", "Hà Nội", 2020, "SIPAS", "procedures", "89 -/-" },
        { "sipas_provinces.csv", 27, "Hà Nội", "province", "Hà Nội", 2021, "SIPAS", "feedback", "79.73 -/-" },
        { "sipas_provinces.csv", 61, "Cả nước", "national", null, 2023, "SIPAS", "overall", "82.66 -/-" },
        { "sipas_provinces.csv", 63, "Cả nước", "national", null, 2023, "SIPAS", "civil_servants", "83.12 -/-" },
        { "sipas_provinces.csv", 65, "Cả nước (cao nhất)", "national", null, 2023, "SIPAS", "procedures", "92.86 -/-" },
        { "sipas_provinces.csv", 66, "Cả nước (thấp nhất)", "national", null, 2023, "SIPAS", "procedures", "74.90 -/-" },
        { "sipas_provinces.csv", 76, "Cả nước (cao nhất)", "national", null, 2024, "SIPAS", "access", "92.14 -/-" },
        { "sipas_provinces.csv", 80, "Cả nước", "national", null, 2024, "SIPAS", "policy", "83.84 -/-" },
        { "par_index_provinces.csv", 31, "Hải Phòng", "province", "Hải Phòng", 2023, "PAR_INDEX", "overall", "91.87 2/63" },
        { "par_index_provinces.csv", 32, "Hải Phòng", "province", "Hải Phòng", 2023, "PAR_INDEX", "overall", "91.81 2/63" },
        { "par_index_provinces.csv", 2, "Cả nước", "national", null, 2017, "PAR_INDEX", "overall", "76.92 -/-" },
        { "par_index_provinces.csv", 47, "Khánh Hòa", "province", "Khánh Hòa", 2024, "PAR_INDEX", "overall", "90.49 10/63" },
        { "sipas_units_in_provinces.csv", 6, "Sở Tài chính", "department", "Khánh Hòa", 2025, "SIPAS", "procedures", "- 12/12" },
        { "sipas_units_in_provinces.csv", 7, "Sở Tài chính", "department", "Khánh Hòa", 2025, "SIPAS", "civil_servants", "- 12/12" },
        { "sipas_units_in_provinces.csv", 4, "Sở Tài chính", "department", "Khánh Hòa", 2025, "SIPAS", "overall", "84.91 12/12" },
        { "sipas_units_in_provinces.csv", 5, "Sở Tài chính", "department", "Khánh Hòa", 2025, "SIPAS", "access", "82.62 -/-" },
        { "sipas_units_in_provinces.csv", 9, "Sở Tài chính", "department", "Khánh Hòa", 2025, "SIPAS", "feedback", "- 12/12" },
        { "sipas_units_in_provinces.csv", 2, "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", "department_average", "Khánh Hòa", 2025, "SIPAS", "overall", "89.08 -/-" },
        { "sipas_units_in_provinces.csv", 11, "Sở Văn hóa, Thể thao và Du lịch", "department", "Khánh Hòa", 2025, "SIPAS", "civil_servants", "99.02 1/12" },
        { "sipas_units_in_provinces.csv", 12, "Trung bình khối cơ quan ngành dọc", "vertical_agency_average", "Khánh Hòa", 2025, "SIPAS", "overall", "86.46 -/-" },
        { "sipas_units_in_provinces.csv", 13, "Bảo hiểm xã hội tỉnh", "vertical_agency", "Khánh Hòa", 2025, "SIPAS", "procedures", "83.70 3/3" },
        { "sipas_units_in_provinces.csv", 19, "UBND huyện Thăng Bình", "district", "Quảng Nam", 2023, "SIPAS", "overall", "73.52 10/18" },
        { "sipas_units_in_provinces.csv", 20, "Chi nhánh Văn phòng đăng ký đất đai Thăng Bình", "district", "Quảng Nam", 2023, "SIPAS", "overall", "76.94 13/18" },
    };

    [Theory, MemberData(nameof(Spots))]
    public void Read_DataRow_GivesObservation(string file, int line, string unit, string kind, string? province, int year,
        string index, string criterion, string figure)
    {
        var o = Assert.Single(Read(file).Observations, o => o.Source.Line == line);
        Assert.Equal((unit, kind, province, year, index, criterion, figure),
            (o.Unit, o.UnitKind, o.Province, o.Year, o.IndexCode, o.Criterion, Figure(o)));
        Assert.Equal(File.ReadAllLines(Path.Combine(RepoPaths.Data, file))[line - 1], o.Source.Text);
        Assert.Equal((file, false, (int?)null, (decimal?)null), (o.Source.File, o.IsDerived, o.RankChange, o.ValueChange));
    }

    // file, line → the row's `notes` as written (null: none), the figure marked doubtful because of it: value, rank, none
    public static TheoryData<string, int, string?, string> Remarks => new()
    {
        { "par_index_provinces.csv", 4, "rank from listed order", "rank" },
        { "par_index_provinces.csv", 2, "'last year' relative to 2018 article; ambiguous whether 2017 or 2018 index", "value rank" },
        { "par_index_provinces.csv", 3, "points/100", "none" },
        { "sipas_provinces.csv", 18, "value rounded to integer by source; value rounded to integer by source", "value" },
        { "sipas_provinces.csv", 45, "CAUTION: 90.59 equals the reported national max of the 2024 policy sub-index (78.16-90.59) and 88.09 (2023) + 1.69 would be 89.78; may be a sub-index value. Rank 1 confirmed by vnanet/baoquocte", "value" },
        { "sipas_provinces.csv", 2, null, "none" },
        { "sipas_units_in_provinces.csv", 2, "block average; 12 units evaluated, 8 above 90%", "none" },
    };

    [Theory, MemberData(nameof(Remarks))]
    public void Read_DataRow_KeepsItsSourcesRemark(string file, int line, string? note, string doubtful)
    {
        var o = Assert.Single(Read(file).Observations, o => o.Source.Line == line);
        Assert.Equal(note, o.Source.Note);
        var marked = new[] { SourceDoubts.Reason(o.Source.Note, rank: false) is null ? null : "value",
            SourceDoubts.Reason(o.Source.Note, rank: true) is null ? null : "rank" }.OfType<string>();
        Assert.Equal(doubtful, marked.Any() ? string.Join(' ', marked) : "none");
    }

    public static TheoryData<string, int, string> Rejections => new()
    {
        { "sipas_provinces.csv", 33, "row gives neither a value nor a rank, nothing to record (notes: top-5 (rank 3 or 4)): row kept out of the observations" },
        { "sipas_units_in_provinces.csv", 15, "index 'Chỉ số hài lòng (khảo sát của tỉnh)' is not the SIPAS or the PAR INDEX (a province's own survey of all its units (departments, districts, communes), not the SIPAS): row kept out of the observations" },
        { "sipas_units_in_provinces.csv", 18, "index 'Bộ chỉ số phục vụ người dân, doanh nghiệp (not SIPAS)' is not the SIPAS or the PAR INDEX (a different index (service to citizens and businesses, scored in points), not the SIPAS): row kept out of the observations" },
        { "sipas_units_in_provinces.csv", 21, "row gives neither a value nor a rank, nothing to record (notes: value not given; reported as >90%): row kept out of the observations" },
        { "sipas_units_in_provinces.csv", 24, "row gives neither a value nor a rank, nothing to record (notes: value not given; reported as <90%): row kept out of the observations" },
        { "sipas_units_in_provinces.csv", 35, "index 'Mức độ hài lòng một cửa (thí điểm)' is not the SIPAS or the PAR INDEX (a pilot survey of one-stop desks, not the SIPAS): row kept out of the observations" },
    };

    [Theory, MemberData(nameof(Rejections))]
    public void Read_DataRowNotObserved_GivesWarningWithReason(string file, int line, string message)
    {
        var f = Assert.Single(Read(file).Findings, f => f.Line == line);
        Assert.Equal((file, Severities.Warning, message), (f.File, f.Severity, f.Message));
        Assert.Equal(File.ReadAllLines(Path.Combine(RepoPaths.Data, file))[line - 1], f.Text);
    }

    [Fact]
    public void Read_UnderVietnameseCulture_ReadsDotDecimals()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.Equal(83.66m, Read("sipas_provinces.csv").Observations.Single(o => o.Source.Line == 50).ValuePct);
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    internal static string Figure(Observation o) =>
        $"{o.ValuePct?.ToString(CultureInfo.InvariantCulture) ?? "-"} {o.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{o.RankOf?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

    private static Extraction Read(string file)
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Data, file));
        return ResultsReader.ReadCsv(file, stream);
    }
}
