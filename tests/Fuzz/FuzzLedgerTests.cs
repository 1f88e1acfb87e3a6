using Analytics.Pipeline.Sequence;
using System.Security.Cryptography;
using Analytics.Fuzz;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Fuzz;

/// <summary>The fuzz ledger after a run: a file skipped as a copy of another (same bytes) is accounted for when those bytes
/// are loaded under some name (the suite's fuzz run failed on two mutations that came out the same), and not otherwise.</summary>
public class FuzzLedgerTests
{
    [Fact]
    public void Check_ACopySkippedAsDuplicate_IsFineOnlyWhenItsBytesAreLoaded()
    {
        using var tmp = RepoPaths.Temp();
        var original = tmp.File("original.txt");
        File.Copy(Path.Combine(RepoPaths.Fixtures("corpus"), "dev/e10-sonla-sipas-2018.txt"), original);
        var copy = tmp.File("copy.txt");
        File.Copy(original, copy);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.IngestFile(con, original);
        var outcome = Stages.IngestFile(con, copy);
        Assert.Equal("original.txt", outcome.DuplicateOf);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(original)));

        Assert.Empty(FuzzLedger.Check(con, new Dictionary<string, FuzzLedger.Entry>
        {
            ["original.txt"] = new(true, sha),
            ["copy.txt"] = new(true, sha, "original.txt"),
        }));
        Assert.Equal(["copy.txt: skipped as a copy of original.txt, whose content is not in documents"],
            FuzzLedger.Check(con, new Dictionary<string, FuzzLedger.Entry> { ["copy.txt"] = new(true, new string('0', 64), "original.txt") }));
    }
}
