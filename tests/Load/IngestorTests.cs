using Analytics.Pipeline.Sequence;
using System.Security.Cryptography;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Load;

/// <summary>Loading: whole or nothing per document, idempotent re-ingest, replacement of a changed file's own rows.</summary>
public class IngestorTests
{
    private static long Count(DuckDbConnection con, string view) => view switch
    {
        "documents" => con.Scalar<long>("SELECT count(*) FROM documents"),
        "observations" => con.Scalar<long>("SELECT count(*) FROM observations"),
        "targets" => con.Scalar<long>("SELECT count(*) FROM targets"),
        _ => con.Scalar<long>("SELECT count(*) FROM tasks"),
    };

    private static (long Docs, long Obs, long Targets, long Tasks) Counts(DuckDbConnection con) =>
        (Count(con, "documents"), Count(con, "observations"), Count(con, "targets"), Count(con, "tasks"));

    private static string Seed(string prefix) => Directory.GetFiles(RepoPaths.Seeds, prefix + "_*").Single();

    [Fact]
    public void IngestTwice_SecondRunChangesNothing()
    {
        using var tmp = RepoPaths.Temp();
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var first = Stages.Ingest(con, [RepoPaths.Seeds]).ToList();
        var before = Counts(con);
        var loadedAt = con.Scalar<DateTime>("SELECT max(loaded_at) FROM documents");
        var second = Stages.Ingest(con, [RepoPaths.Seeds]).ToList();
        Assert.All(first, o => Assert.Equal(IngestStatus.Loaded, o.Status));
        Assert.All(second, o => Assert.Equal(IngestStatus.Unchanged, o.Status));
        Assert.Equal(before, Counts(con));
        Assert.Equal(loadedAt, con.Scalar<DateTime>("SELECT max(loaded_at) FROM documents"));
        Assert.Equal(5L, before.Docs);
    }

    [Theory]
    [InlineData(true)]  // batched (a folder)
    [InlineData(false)] // one file (an upload)
    public void UnchangedFile_LoadedByEarlierReaders_IsReadAgainOnce_TheEarlierReadingKept(bool batched)
    {
        using var tmp = RepoPaths.Temp();
        var table = tmp.File("par_index_provinces.csv");
        File.Copy(Path.Combine(RepoPaths.Data, "par_index_provinces.csv"), table);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.Ingest(con, [tmp.Path]).ToList();
        // a database kept from before source notes and the readers' version were stored
        con.Execute("UPDATE raw_documents SET reader = NULL");
        con.Execute("UPDATE raw_observations SET source_note = NULL");
        var again = batched ? Stages.Ingest(con, [table]).Single() : Stages.IngestFile(con, table);
        Assert.Equal(IngestStatus.Replaced, again.Status);
        Assert.Contains(again.Problems, f => f.Message == IngestMessages.ReadAgain);
        Assert.Equal("rank from listed order",
            con.Scalar<string>("SELECT source_note FROM observations WHERE source_file = 'par_index_provinces.csv' AND source_line = 4"));
        Assert.Equal(1L, con.Scalar<long>("SELECT count(*) FROM document_versions WHERE source_file = 'par_index_provinces.csv'"));
        Assert.Equal(IngestStatus.Unchanged, (batched ? Stages.Ingest(con, [table]).Single() : Stages.IngestFile(con, table)).Status);
    }

    [Fact]
    public void ChangedFile_ReplacesOnlyItsOwnRows()
    {
        using var tmp = RepoPaths.Temp();
        var plan = tmp.File("002_plan.txt");
        File.Copy(Seed("002"), plan);
        File.Copy(Seed("000"), tmp.File("000_annex.txt"));
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.Ingest(con, [tmp.Path]).ToList();
        var annexRows = con.Scalar<long>("SELECT count(*) FROM observations WHERE source_file = '000_annex.txt'");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("85,67%", "86,67%"));
        Assert.Equal(IngestStatus.Replaced, Stages.IngestFile(con, plan).Status);
        Assert.Equal(86.67m, con.Scalar<decimal>("SELECT value_pct FROM observations WHERE source_file = '002_plan.txt' AND criterion = 'access' AND year = 2024"));
        Assert.Equal(annexRows, con.Scalar<long>("SELECT count(*) FROM observations WHERE source_file = '000_annex.txt'"));
        Assert.Equal(1L, con.Scalar<long>("SELECT count(*) FROM documents WHERE source_file = '002_plan.txt'"));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "binary.txt", [0x4B, 0x48, 0x00, 0x01, 0x02], "binary content" },
        { "latin.txt", [0x53, 0xF4, 0x20, 0x43, 0xF4, 0x6E, 0x67], "not valid UTF-8" },
        { "scan.pdf", [0x25, 0x50, 0x44, 0x46], "not a PDF file: scan.pdf" },
        { "cut.pdf", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "damaged PDF: cut.pdf cannot be read" },
        { "scan.odt", [0x50, 0x4B, 0x03, 0x04], "unsupported file type '.odt'" },
        { "fake.docx", [0x68, 0x69], "not a valid .docx" },
        { "notes.txt", "Ghi chú họp giao ban\nKhông có số liệu.\n"u8.ToArray(), "no figures, targets or tasks" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void BadFileAmongGood_ReportedWithReason_OthersLoad(string name, byte[] bytes, string reason)
    {
        using var tmp = RepoPaths.Temp();
        File.Copy(Seed("002"), tmp.File("002.txt"));
        File.WriteAllBytes(tmp.File(name), bytes);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var outcomes = Stages.Ingest(con, [tmp.Path]).ToDictionary(o => o.SourceFile);
        Assert.Equal(IngestStatus.Loaded, outcomes["002.txt"].Status);
        var bad = outcomes[name];
        Assert.Equal(IngestStatus.Failed, bad.Status);
        Assert.Contains(reason, Assert.Single(bad.Problems).Message);
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM documents WHERE source_file = $1", name));
        Assert.Contains(reason, con.Scalar<string>("SELECT message FROM rejections WHERE source_file = $1", name));
    }

    [Fact]
    public void FailedNewVersion_KeepsPreviousVersion()
    {
        using var tmp = RepoPaths.Temp();
        var plan = tmp.File("002.txt");
        File.Copy(Seed("002"), plan);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.IngestFile(con, plan);
        var before = Counts(con);
        File.WriteAllBytes(plan, [0xFF, 0x00, 0xFE]);
        Assert.Equal(IngestStatus.Failed, Stages.IngestFile(con, plan).Status);
        Assert.Equal(before, Counts(con));
        Assert.Equal(1L, con.Scalar<long>("SELECT count(*) FROM rejections"));
        File.Copy(Seed("002"), plan, overwrite: true);
        Assert.Equal(IngestStatus.Unchanged, Stages.IngestFile(con, plan).Status);
    }

    [Fact]
    public void OriginalFiles_NeverModified()
    {
        static Dictionary<string, string> Hashes() => Directory.GetFiles(RepoPaths.Seeds)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        var before = Hashes();
        using var tmp = RepoPaths.Temp();
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Stages.Ingest(con, [RepoPaths.Seeds]).ToList();
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void ResultsTableWithoutTitle_NeedsDefaults()
    {
        using var tmp = RepoPaths.Temp();
        var table = tmp.File("bang_khong_tieu_de.csv");
        File.WriteAllText(table, "STT;Đơn vị;Tiếp cận dịch vụ;Chỉ số hài lòng;Xếp hạng\n1;Sở Thử nghiệm A;91,5;92,25;1\n2;Sở Thử nghiệm B;84,1;86,4;2\n");
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var without = Stages.IngestFile(con, table);
        Assert.Equal(IngestStatus.Failed, without.Status);
        var with = Stages.IngestFile(con, table, defaults: new(Province: "Khánh Hòa", Year: 2024));
        Assert.Equal(IngestStatus.Loaded, with.Status);
        Assert.Equal(86.4m, con.Scalar<decimal>("SELECT value_pct FROM observations WHERE unit = 'Sở Thử nghiệm B' AND criterion = 'overall' AND province = 'Khánh Hòa' AND year = 2024"));
    }
}
