using System.Text;
using Analytics.Bench.Synth;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Tests.Bench;

/// <summary>The synthetic corpus: deterministic, marked synthetic, kept out of data/ and seeds/, read back as generated.</summary>
public sealed class CorpusWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "synth-test-" + Guid.NewGuid().ToString("N"));

    private SynthStats Write(string name, int seed = 1, int scale = 1) =>
        CorpusWriter.Write(new SynthOptions(Path.Combine(_root, name), Provinces: 2, Departments: 4, Years: 3, Scale: scale, Seed: seed, BadShare: 0.2));

    [Fact]
    public void Write_SameSeed_SameFiles_OtherSeed_OtherFiles()
    {
        Write("a");
        Write("b");
        Write("c", seed: 2);

        var a = Files("a");
        Assert.Equal(a, Files("b"));
        Assert.NotEqual(a.Select(f => f.Bytes), Files("c").Select(f => f.Bytes));
    }

    [Fact]
    public void Write_Counts_OnePlanPerDepartmentYear_OneTablePerProvinceYear()
    {
        var stats = Write("n", scale: 2);

        var plans = stats.ByShape.Where(s => s.Key.StartsWith("plan.") || s.Key == "body.txt").Sum(s => s.Value);
        Assert.Equal(2 * 2 * 4 * 3, plans);
        Assert.Equal(stats.ByShape["body.txt"], stats.ByShape["appendix.tsv.txt"]);
        Assert.Equal(2 * 2 * 3, stats.ByShape["results.csv"] + stats.ByShape["results.xlsx"]);
        Assert.Equal(stats.Documents, Directory.EnumerateFiles(Path.Combine(_root, "n"), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Write_EveryFile_NamedAndMarkedSynthetic()
    {
        Write("m");
        var files = Directory.EnumerateFiles(Path.Combine(_root, "m"), "*", SearchOption.AllDirectories).ToList();

        Assert.All(files, f => Assert.StartsWith("synth_", Path.GetFileName(f)));
        Assert.All(files.Where(f => !f.Contains("_bad_")), f => Assert.Contains(Phrases.SyntheticLine, TextOf(f)));
    }

    public static TheoryData<string> Forbidden => new() { "data", "seeds", "data/synthetic", "seeds/x/y" };

    [Theory, MemberData(nameof(Forbidden))]
    public void Write_IntoDataOrSeeds_Refused(string folder)
    {
        var repo = Analytics.Bench.Harness.Workspace.RepoRoot();
        var e = Assert.Throws<ArgumentException>(() => CorpusWriter.Write(new SynthOptions(Path.Combine(repo, folder))));
        Assert.StartsWith("refusing to write synthetic files under " + Path.Combine(repo, folder.Split('/')[0]), e.Message);
    }

    [Fact]
    public void ResultsTable_ReadByTheResultsReader_GivesTheTruth()
    {
        var truth = new Truth(1, 25, 10);
        var csv = ResultsTables.Csv(ResultsTables.Rows(truth, 0, 2015, Rng.For(1, "results", 0, 2015, 1)));

        var x = ResultsReader.ReadCsv("synth_khanh_hoa_ket_qua_sipas_2015.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var overall = x.Observations.Single(o => o.Unit == "Sở Công Thương" && o.Criterion == "overall");

        Assert.False(x.Failed);
        Assert.Equal(("Khánh Hòa", 2015, "SIPAS"), (overall.Province!, overall.Year, overall.IndexCode));
        Assert.Equal((89.37m, 4), (overall.ValuePct!.Value, overall.Rank!.Value));
        Assert.Equal(25 * 6, x.Observations.Count(o => o.UnitKind == "department"));
        foreach (var o in x.Observations.Where(o => o.UnitKind == "department" && o.Criterion == "overall"))
        {
            var d = Catalog.Departments.ToList().FindIndex(d => Units.Resolve(d.Name, "Khánh Hòa").Name == o.Unit);
            Assert.Equal(truth.Department(0, d, 2015, Truth.Overall).Value, o.ValuePct);
        }
    }

    private List<(string Name, string Bytes)> Files(string name) =>
        Directory.EnumerateFiles(Path.Combine(_root, name), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))).ToList();

    private static string TextOf(string file)
    {
        switch (Path.GetExtension(file))
        {
            case ".docx":
                using (var doc = WordprocessingDocument.Open(file, false)) return doc.MainDocumentPart!.Document.InnerText;
            case ".xlsx":
                var (sheets, _, _) = XlsxRows.Read(file, File.ReadAllBytes(file));
                return string.Join("\n", sheets.SelectMany(s => s.Rows).Select(r => r.Text));
            default:
                return File.ReadAllText(file).Normalize(NormalizationForm.FormC).Replace('ƣ', 'ư');
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
