using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Results;

public class ResultsTableTests
{
    [Fact]
    public void TryParse_TwoTablesAndASignatureTable_ReadsBothWithTheirSectionKinds()
    {
        string[] lines =
        [
            "KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2024 TỈNH KHÁNH HÒA (DỮ LIỆU THỬ NGHIỆM)",
            "I. Khối sở, ban, ngành",
            "STT\tĐơn vị\tChỉ số hài lòng\tXếp hạng",
            "1\tSở Thử nghiệm A\t91,31\t1",
            "2\tSở Thử nghiệm B\t88,80\t2",
            "II. Khối UBND cấp huyện",
            "STT\tTên đơn vị\tChỉ số hài lòng\tXếp hạng",
            "1\tUBND huyện Thử nghiệm M\t85,10\t1",
            "2\tUBND huyện Thử nghiệm N\t84,95\t2",
            "NGƯỜI LẬP BIỂU\tGIÁM ĐỐC",
            "(đã ký)\t(đã ký)",
        ];
        var x = ResultsTable.TryParse("report.docx", lines, new ResultsDefaults(UnitKind: "department"))!;
        Assert.Equal(
            [("Sở Thử nghiệm A", "department", 91.31m, 1, 2, 4), ("Sở Thử nghiệm B", "department", 88.80m, 2, 2, 5),
             ("UBND huyện Thử nghiệm M", "district", 85.10m, 1, 2, 8), ("UBND huyện Thử nghiệm N", "district", 84.95m, 2, 2, 9)],
            x.Observations.Select(o => (o.Unit, o.UnitKind, o.ValuePct!.Value, o.Rank!.Value, o.RankOf!.Value, o.Source.Line)));
        Assert.All(x.Observations, o => Assert.Equal(("Khánh Hòa", 2024), (o.Province, o.Year)));
        Assert.Empty(x.Findings);
        Assert.Equal("docx", x.Document.Format);
    }

    // The plan documents of seeds/ hold task tables ('STT | Công việc | Đơn vị chủ trì | …'), not results tables.
    [Theory]
    [InlineData("000_3bc385bdad3b4eff.txt")]
    [InlineData("001_ad5c23cb879ea52c.txt")]
    [InlineData("002_cafea9ff515821b6.txt")]
    [InlineData("003_6349143c1c6dfa22.txt")]
    [InlineData("004_eff36063a9686b3b.txt")]
    public void TryParse_PlanSeed_IsNotAResultsTable(string seed) =>
        Assert.Null(ResultsTable.TryParse(seed, File.ReadAllLines(Path.Combine(RepoPaths.Seeds, seed))));

    [Theory]
    [InlineData("STT\tCông việc\tĐơn vị chủ trì\tCơ quan, đơn vị phối hợp\tKết quả giải quyết công việc\tXếp hạng")]
    [InlineData("STT\tĐơn vị tính\tChỉ số hài lòng")]
    public void TryParse_TaskTableHeader_IsNotAResultsTable(string header) =>
        Assert.Null(ResultsTable.TryParse("plan.docx", [header, "1\tViệc A\tVăn phòng Sở\tCác phòng\t90\t1"]));

    [Fact]
    public void ReadCsv_CommaSeparatedWithQuotedCommaDecimals_ReadsValues()
    {
        string[] lines =
        [
            "\"KẾT QUẢ CHỈ SỐ PAR INDEX NĂM 2023, TỈNH GIA LAI (THỬ NGHIỆM)\",,",
            "STT,Đơn vị,Chỉ số hài lòng,Xếp hạng",
            "1,Sở Thử nghiệm A,\"91,25\",1",
            "2,Sở Thử nghiệm B,\"90,5 %\",2",
        ];
        var x = ResultsReader.ReadCsv("gl.csv", PeerGroupsTests.Stream(lines));
        Assert.Equal([(91.25m, "PAR_INDEX", "Gia Lai", 2023), (90.5m, "PAR_INDEX", "Gia Lai", 2023)],
            x.Observations.Select(o => (o.ValuePct!.Value, o.IndexCode, o.Province!, o.Year)));
    }
}
