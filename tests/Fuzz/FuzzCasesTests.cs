using Analytics.Fuzz;
using Analytics.Pipeline.Load;

namespace Analytics.Tests.Fuzz;

/// <summary>A fuzz run is the same for the same seed, and any case can be made again alone.</summary>
public class FuzzCasesTests
{
    private static readonly IReadOnlyList<SeedFile> Seeds = SeedCorpus.Load(RepoPaths.Root);

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(299)]
    public void Make_SameSeedAndIndex_SameDocument(int index)
    {
        var a = new FuzzCases(7, Seeds).Make(index);
        var b = new FuzzCases(7, SeedCorpus.Load(RepoPaths.Root)).Make(index);
        Assert.Equal((a.Name, a.Mutation), (b.Name, b.Mutation));
        Assert.Equal(a.Bytes, b.Bytes);
    }

    [Fact]
    public void Make_OtherSeed_OtherDocuments()
    {
        var a = Enumerable.Range(0, 20).Select(i => new FuzzCases(7, Seeds).Make(i).Name);
        var b = Enumerable.Range(0, 20).Select(i => new FuzzCases(8, Seeds).Make(i).Name);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Make_LimitCases_AreTheIngestLimitAndOneByteOver()
    {
        var cases = new FuzzCases(7, Seeds);
        Assert.Equal(Ingestor.MaxBytes, cases.Make(FuzzCases.LimitCase).Bytes.LongLength);
        Assert.Equal(Ingestor.MaxBytes + 1, cases.Make(FuzzCases.LimitCase + 1).Bytes.LongLength);
    }

    [Fact]
    public void Load_TakesSeedsDataAndGeneratedOfficeFiles()
    {
        Assert.Equal(5, Seeds.Count(s => System.Text.RegularExpressions.Regex.IsMatch(s.Name, @"^\d{3}_[0-9a-f]{16}\.txt$")));
        Assert.Contains(Seeds, s => s.Name == "sipas_provinces.csv");
        Assert.Contains(Seeds, s => s.Ext == ".docx" && s.IsPackage);
        Assert.Contains(Seeds, s => s.Ext == ".xlsx" && s.IsPackage);
    }
}
