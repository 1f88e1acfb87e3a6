using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Results;

public class PeerGroupsTests
{
    [Fact]
    public void Read_CompleteTable_ReportsEachPublishedRankThatDisagrees()
    {
        var x = ResultsReaderTests.Read("rank_disagreement_synthetic.csv", new ResultsDefaults("Khánh Hòa", 2024));
        Assert.Equal(
            ["rank_disagreement_synthetic.csv:3: warning: published rank 3 of Sở Thử nghiệm Q on Tiếp cận dịch vụ differs from the rank computed from the values of the complete table: 2 of 4",
             "rank_disagreement_synthetic.csv:4: warning: published rank 3 of Sở Thử nghiệm R on Chỉ số chung differs from the rank computed from the values of the complete table: 4 of 4",
             "rank_disagreement_synthetic.csv:5: warning: published rank 4 of Sở Thử nghiệm S on Chỉ số chung differs from the rank computed from the values of the complete table: 3 of 4"],
            x.Findings.Select(f => f.ToString()));
        Assert.Equal("3,Sở Thử nghiệm R,88.00,2,87.25,3", x.Findings[1].Text);
        Assert.All(x.Observations, o => Assert.Equal(4, o.RankOf));
    }

    [Fact]
    public void Check_CompleteTable_TiesShareTheBetterRank()
    {
        var x = ResultsReaderTests.Read("rank_disagreement_synthetic.csv", new ResultsDefaults("Khánh Hòa", 2024));
        var access = PeerGroups.Check(x.Observations).Ranks.Where(r => r.Observation.Criterion == "access");
        Assert.Equal(
            [("Sở Thử nghiệm P", 1, 4), ("Sở Thử nghiệm Q", 2, 4), ("Sở Thử nghiệm R", 2, 4), ("Sở Thử nghiệm S", 4, 4)],
            access.Select(r => (r.Observation.Unit, r.Rank, r.PeerN)));
    }

    [Fact]
    public void Read_TableWithABlankValue_IsNotComplete()
    {
        var lines = new[]
        {
            "STT;Đơn vị;Chỉ số hài lòng;Xếp hạng",
            "1;Sở Thử nghiệm P;91,00;1",
            "2;Sở Thử nghiệm Q;;3",
            "3;Sở Thử nghiệm R;87,25;2",
        };
        var x = ResultsReader.ReadCsv("blank.csv", Stream(lines), new ResultsDefaults("Khánh Hòa", 2024));
        Assert.Empty(x.Findings);
        Assert.Empty(PeerGroups.Check(x.Observations).Ranks);
        Assert.All(x.Observations, o => Assert.Null(o.RankOf));
    }

    [Theory]
    [InlineData("sipas_provinces.csv")]
    [InlineData("par_index_provinces.csv")]
    [InlineData("sipas_units_in_provinces.csv")]
    public void Check_PartialDataFiles_HaveNoCompleteGroup(string file)
    {
        using var stream = File.OpenRead(Path.Combine(RepoPaths.Data, file));
        Assert.Empty(PeerGroups.Check(ResultsReader.ReadCsv(file, stream).Observations).Ranks);
    }

    internal static MemoryStream Stream(IEnumerable<string> lines) => new(System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
}
