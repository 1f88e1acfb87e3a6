using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Analyze;

/// <summary>
/// The stored copy of resolved_live that the analytic views read: equal to the live computation after an ingest, seen to
/// lag when documents changed without a refresh (an ingest killed before it), and rebuilt by the next open for writing.
/// </summary>
public class StoredAnalyticsTests
{
    // Names from StoredAnalytics.Tables, the product's own constants.
    private static string Differ(string a, string b) => $"SELECT count(*) FROM (SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b})";

    private const string LiveMinusStored = "SELECT count(*) FROM (SELECT * FROM resolved_live EXCEPT ALL SELECT * FROM resolved_store)";
    private const string StoredMinusLive = "SELECT count(*) FROM (SELECT * FROM resolved_store EXCEPT ALL SELECT * FROM resolved_live)";

    [Fact]
    public void Ingest_SeedsAndData_StoredCopyEqualsLiveAndChecksPass()
    {
        using var tmp = RepoPaths.Temp();
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        Assert.DoesNotContain(Stages.Ingest(con, [RepoPaths.Seeds, RepoPaths.Data]), o => o.Failed);

        Assert.Equal(["criterion_status_store", "gaps_store", "peer_comparison_store", "rank_movements_store", "resolved_store",
            "trends_store", "weak_criteria_store"], StoredAnalytics.Tables);
        foreach (var name in StoredAnalytics.Views)
        {
            Assert.True(con.Scalar<long>($"SELECT count(*) FROM {name}") > 0, name);
            Assert.Equal(0, con.Scalar<long>(Differ(name + "_live", name + "_store")));
            Assert.Equal(0, con.Scalar<long>(Differ(name + "_store", name + "_live")));
        }
        Assert.Empty(DataChecks.Run(con));
    }

    public static TheoryData<string[], string[], string> Lags => new()
    {
        // What an ingest killed after a document's commit and before the refresh leaves: a change not yet in the copies.
        { ["DELETE FROM raw_observations WHERE source_file = (SELECT min(source_file) FROM raw_observations)", "UPDATE data_version SET generation = generation + 1"],
            ["analytics_current"], StoredMinusLive },
        // Copies built by an older program (another definition): the data check cannot tell, the hash can.
        { ["UPDATE data_version SET analytics_sql = 'an older definition'", "DELETE FROM resolved_store"], [], LiveMinusStored },
    };

    [Theory, MemberData(nameof(Lags))]
    public void CopiesLagging_NextOpenForWritingRebuilds(string[] changes, string[] checksBefore, string difference)
    {
        using var tmp = RepoPaths.Temp();
        var path = tmp.File("a.duckdb");
        using (var db = Stages.OpenForWrite(path))
        using (var con = db.Connect())
        {
            Stages.Ingest(con, [RepoPaths.Seeds]).ToList();
            foreach (var change in changes) con.Execute(change);
            Assert.Equal(checksBefore, DataChecks.Run(con).Select(f => f.Check).Distinct());
            Assert.True(con.Scalar<long>(difference) > 0);
        }
        using (var db = Stages.OpenForWrite(path))
        using (var con = db.Connect())
        {
            Assert.Empty(DataChecks.Run(con));
            Assert.Equal(0, con.Scalar<long>(difference));
            Assert.Equal(StoredAnalytics.DefinitionHash, con.Scalar<string>("SELECT analytics_sql FROM data_version"));
            Assert.False(StoredAnalytics.Refresh(con));
        }
    }

    [Fact]
    public void EveryDocumentChange_MovesTheGeneration()
    {
        using var tmp = RepoPaths.Temp();
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var loaded = Stages.Ingest(con, [RepoPaths.Seeds]).Count(o => o.Status == IngestStatus.Loaded);
        Assert.Equal(5, loaded);
        Assert.Equal(loaded, con.Scalar<long>("SELECT generation FROM data_version"));
        Stages.Ingest(con, [RepoPaths.Seeds]).ToList(); // unchanged: nothing moves
        Assert.Equal(loaded, con.Scalar<long>("SELECT analytics_generation FROM data_version"));
    }
}
