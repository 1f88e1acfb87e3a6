using Analytics.Pipeline.Sequence;
using System.Text;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Load;

/// <summary>The sample database and real data are never mixed: which documents are synthetic, and each refusal.</summary>
public sealed class SampleDataTests
{
    private const string Plan = "002_cafea9ff515821b6.txt";
    private static readonly string PlanText = File.ReadAllText(Path.Combine(RepoPaths.Seeds, Plan));

    public static TheoryData<string, byte[], bool> Files => new()
    {
        { "synth_khanh_hoa_so_y_te_2024.md", Encoding.UTF8.GetBytes(PlanText), true },        // by name
        { "SYNTH_x.docx", [0x50, 0x4b, 3, 4], true },                                          // by name, any case
        { "ke_hoach.txt", Encoding.UTF8.GetBytes("TÀI LIỆU TỔNG HỢP (SYNTHETIC) – …\n" + PlanText), true }, // renamed
        { "ke_hoach.txt", Encoding.Unicode.GetBytes("TÀI LIỆU TỔNG HỢP (SYNTHETIC)\n" + PlanText), true },  // UTF-16
        { Plan, Encoding.UTF8.GetBytes(PlanText), false },
        { "synthesis.txt", Encoding.UTF8.GetBytes("synthetic, not marked"), false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void IsSynthetic_NameOrMarkerLine(string name, byte[] bytes, bool synthetic) =>
        Assert.Equal(synthetic, SampleData.IsSynthetic(name, bytes));

    [Fact]
    public void Ingest_SyntheticIntoRealDatabase_RefusedNamingTheFileNothingWritten()
    {
        using var tmp = RepoPaths.Temp();
        var renamed = tmp.File("ke_hoach_moi.txt");
        File.WriteAllText(renamed, "TÀI LIỆU TỔNG HỢP (SYNTHETIC)\n" + PlanText);
        var named = tmp.File("synth_khanh_hoa.txt");
        File.WriteAllText(named, PlanText);
        using var db = Stages.OpenForWrite(":memory:");
        using var con = db.Connect();
        var outcomes = Stages.Ingest(con, [renamed, named]).ToList();
        Assert.Equal([IngestMessages.SyntheticIntoReal("ke_hoach_moi.txt"), IngestMessages.SyntheticIntoReal("synth_khanh_hoa.txt")],
            outcomes.Select(o => o.Problems.Single().Message));
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Failed, o.Status));
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM documents") + con.Scalar<long>("SELECT count(*) FROM rejections"));
        Assert.False(DataKind.Read(con).IsSample);
    }

    [Fact]
    public void Ingest_RealIntoSampleDatabase_RefusedInBulkAndAsAnUpload()
    {
        using var db = Stages.OpenForWrite(":memory:");
        using var con = db.Connect();
        Assert.Null(SampleData.MarkSample(con, "sample.duckdb"));
        var bulk = Stages.Ingest(con, [Path.Combine(RepoPaths.Seeds, Plan)]).Single();
        var upload = Stages.IngestFile(con, Path.Combine(RepoPaths.Seeds, Plan), "ke-hoach-2025.txt");
        Assert.Equal(IngestMessages.RealIntoSample(Plan), bulk.Problems.Single().Message);
        Assert.Equal(IngestMessages.RealIntoSample("ke-hoach-2025.txt"), upload.Problems.Single().Message);
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM documents") + con.Scalar<long>("SELECT count(*) FROM rejections"));
        Assert.True(DataKind.Read(con).IsSample);
    }

    [Fact]
    public void MarkSample_DatabaseHoldingRealDocuments_Refused()
    {
        using var db = Stages.OpenForWrite(":memory:");
        using var con = db.Connect();
        Stages.Ingest(con, [Path.Combine(RepoPaths.Seeds, Plan)]).ToList();
        Assert.Equal(IngestMessages.NotEmptyForSample("real.duckdb"), SampleData.MarkSample(con, "real.duckdb"));
        Assert.False(DataKind.Read(con).IsSample);
    }

    [Fact]
    public void DataKind_DatabaseWithoutTheTable_Real()
    {
        using var db = DuckDb.Open(":memory:", readOnly: false);
        using var con = db.Connect();
        Assert.Equal(DataKind.Real, DataKind.Read(con));
        Assert.Null(DataKind.Real.Mark);
    }
}
