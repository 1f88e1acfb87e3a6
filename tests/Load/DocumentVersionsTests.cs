using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Load;

/// <summary>Issue 14.5 / 13: nothing overwritten without a trace — earlier versions kept and restorable, duplicates
/// reported, a smaller replacement flagged, a document removable with its figures; a bad --db is its own exit code.</summary>
public class DocumentVersionsTests
{
    private static string Seed(string prefix) => Directory.GetFiles(RepoPaths.Seeds, prefix + "_*").Single();

    private static long Figures(DuckDbConnection con, string file) =>
        con.Scalar<long>("SELECT count(*) FROM observations WHERE source_file = $1", file);

    [Fact]
    public void TruncatedReplacement_IsFlagged_AndTheEarlierVersionIsKeptAndRestorable()
    {
        using var tmp = RepoPaths.Temp();
        var plan = tmp.File("plan.txt");
        File.Copy(Seed("002"), plan);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.IngestFile(con, plan);
        var whole = Figures(con, "plan.txt");
        var items = con.Scalar<long>("SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM targets) + (SELECT count(*) FROM tasks)");
        var originalSha = con.Scalar<string>("SELECT sha256 FROM documents WHERE source_file = 'plan.txt'")!;
        var kept = tmp.File("kept-copy.txt");
        File.Copy(plan, kept);
        var lines = File.ReadAllLines(plan);
        File.WriteAllLines(plan, lines.Take(lines.Length / 3));

        var replaced = Stages.IngestFile(con, plan);

        Assert.Equal(IngestStatus.Replaced, replaced.Status);
        var truncated = Figures(con, "plan.txt");
        Assert.True(truncated < whole, $"{truncated} < {whole}");
        var warning = Assert.Single(replaced.Problems); // said in the outcome, not stored with the document
        Assert.Equal(Analytics.Pipeline.Model.Severities.Warning, warning.Severity);
        Assert.DoesNotContain(replaced.Extraction!.Findings, f => f.Message == warning.Message);
        Assert.Equal(IngestMessages.ReplacesLarger(items,
            replaced.Extraction!.Observations.Count + replaced.Extraction.Targets.Count + replaced.Extraction.Tasks.Count), warning.Message);
        Assert.Equal((originalSha, whole, "replaced"), con.Query("SELECT sha256, figures, reason FROM document_versions",
            r => (r.String(0), (long)r.Int(1)!, r.String(2))).Single());

        File.Copy(kept, plan, overwrite: true); // the kept path holds the original again
        var (restored, problem) = Stages.Restore(con, "plan.txt", originalSha);

        Assert.Null(problem);
        Assert.Equal(IngestStatus.Replaced, restored!.Status);
        Assert.Equal(whole, Figures(con, "plan.txt"));
        Assert.Equal([("replaced", (long)truncated)], con.Query("SELECT reason, figures FROM document_versions", r => (r.String(0)!, (long)r.Int(1)!)));
    }

    [Fact]
    public void RestoringAVersionWhoseFileChanged_IsRefusedWithTheReason()
    {
        using var tmp = RepoPaths.Temp();
        var plan = tmp.File("plan.txt");
        File.Copy(Seed("002"), plan);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.IngestFile(con, plan);
        var sha = con.Scalar<string>("SELECT sha256 FROM documents")!;
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("85,67%", "86,67%"));
        Stages.IngestFile(con, plan);
        Assert.Equal(IngestMessages.VersionFileGone(plan), Stages.Restore(con, "plan.txt", sha).Problem);
        Assert.Equal(IngestMessages.VersionNotKept("plan.txt"), Stages.Restore(con, "plan.txt", new string('0', 64)).Problem);
    }

    [Fact]
    public void SameContentUnderAnotherName_IsReportedAsADuplicate_NotLoadedTwice()
    {
        using var tmp = RepoPaths.Temp();
        File.Copy(Seed("002"), tmp.File("a.txt"));
        File.Copy(Seed("002"), tmp.File("b.txt"));
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var outcomes = Stages.Ingest(con, [tmp.File("a.txt"), tmp.File("b.txt")]).ToList();
        Assert.Equal([(IngestStatus.Loaded, null), (IngestStatus.Skipped, "a.txt")], outcomes.Select(o => (o.Status, o.DuplicateOf)));
        Assert.Equal(IngestMessages.DuplicateContent("a.txt"), outcomes[1].Problems.Single().Message);
        File.Copy(Seed("002"), tmp.File("c.txt"));
        var later = Stages.IngestFile(con, tmp.File("c.txt"));
        Assert.Equal((IngestStatus.Skipped, "a.txt"), (later.Status, later.DuplicateOf));
        Assert.Equal(1L, con.Scalar<long>("SELECT count(*) FROM documents"));
    }

    [Fact]
    public void Remove_TakesOutTheDocumentWithItsFigures_AndKeepsItRestorable()
    {
        using var tmp = RepoPaths.Temp();
        File.Copy(Seed("002"), tmp.File("plan.txt"));
        File.Copy(Seed("000"), tmp.File("annex.txt"));
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.Ingest(con, [tmp.Path]).ToList();
        var (figures, annex) = (Figures(con, "plan.txt"), Figures(con, "annex.txt"));
        var sha = con.Scalar<string>("SELECT sha256 FROM documents WHERE source_file = 'plan.txt'")!;

        Assert.True(Stages.Remove(con, "plan.txt"));

        Assert.Equal((0L, 0L, 0L, annex), (con.Scalar<long>("SELECT count(*) FROM documents WHERE source_file = 'plan.txt'"),
            Figures(con, "plan.txt"), con.Scalar<long>("SELECT count(*) FROM tasks WHERE source_file = 'plan.txt'"), Figures(con, "annex.txt")));
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM criterion_status WHERE source_file = 'plan.txt'"));
        Assert.False(Stages.Remove(con, "plan.txt"));
        Assert.Equal(IngestStatus.Loaded, Stages.Restore(con, "plan.txt", sha).Outcome!.Status);
        Assert.Equal(figures, Figures(con, "plan.txt"));
    }

    public static TheoryData<string, Func<string, string>> BadDatabases => new()
    {
        { "not a database", dir => { var p = Path.Combine(dir, "notes.duckdb"); File.WriteAllText(p, "Kế hoạch năm 2025\n"); return p; } },
        { "missing", dir => Path.Combine(dir, "none.duckdb") },
    };

    [Theory, MemberData(nameof(BadDatabases))]
    public async Task Report_WithABadDb_ExitsFiveWithOneLine(string what, Func<string, string> make)
    {
        using var tmp = RepoPaths.Temp();
        var db = make(tmp.Path);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { typeof(Ingestor).Assembly.Location, "report", "--db", db, "--unit", "Sở Công Thương", "--province", "Khánh Hòa", "--year", "2024" })
            start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = (await p.StandardError.ReadToEndAsync()).TrimEnd();
        await p.WaitForExitAsync();
        Assert.Equal(DatabaseUnavailable.ExitCode, p.ExitCode);
        var line = Assert.Single(stderr.Split('\n'));
        Assert.StartsWith($"error: cannot open the database {db}: ", line);
        Assert.True(await stdout == "", what);
    }
}
