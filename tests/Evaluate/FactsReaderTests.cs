using Analytics.Pipeline.Evaluate;

namespace Analytics.Tests.Evaluate;

public class FactsReaderTests
{
    private static (FactsFile File, IReadOnlyList<FactsProblem> Problems) Read(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.facts.tsv");
        File.WriteAllText(path, text);
        try { return FactsReader.Read(path); } finally { File.Delete(path); }
    }

    private const string Header = "type\tline\tunit\tunit_kind\tprovince\tyear\tindex\tcriterion\tvalue\trank\trank_of\trank_change\n";

    [Fact]
    public void Read_HeaderAndRow_GivesMetaAndFact()
    {
        var (file, problems) = Read("# source: https://example.org/a\n# meta-province: Gia Lai\n" + Header +
                                    "obs\t7\tGia Lai\tprovince\tGia Lai\t2023\tSIPAS\toverall\t83.84\t19\t\t-3\n");
        Assert.Empty(problems);
        Assert.Equal("Gia Lai", file.MetaProvince);
        Assert.Equal(new Fact("obs", 7, "Gia Lai", "province", "Gia Lai", 2023, "SIPAS", "overall", 83.84m, 19, null, -3), Assert.Single(file.Facts));
    }

    [Theory]
    [InlineData("obs\t7\tGia Lai\tprovince\tGia Lai\t2023\tSIPAS\toverall\t83,84\t19\t\t\n", 4)]
    [InlineData("obs\t7\tGia Lai\tprovince\tGia Lai\t2023\tSIPAS\toverall\n", 4)]
    [InlineData("fact\t7\tGia Lai\tprovince\tGia Lai\t2023\tSIPAS\toverall\t83.84\t19\t\t\n", 4)]
    public void Read_MalformedRow_ReportsItsLine(string row, int line)
    {
        var (_, problems) = Read("# source: x\n# kind: press\n" + Header + row);
        Assert.Equal(line, Assert.Single(problems).Line);
    }

    /// <summary>Every facts file of the corpus is well formed (the eval refuses to score a corpus that is not).</summary>
    [Fact]
    public void Corpus_EveryFactsFile_IsWellFormed()
    {
        var corpus = Evaluator.Find(Path.Combine(RepoPaths.Root, "tests", "Fixtures", "corpus"));
        Assert.Empty(corpus.Problems.Select(p => p.ToString()));
        Assert.True(corpus.Documents.Count >= 60, $"{corpus.Documents.Count} documents");
    }
}
