using Analytics.Fuzz;
using Xunit.Abstractions;

namespace Analytics.Tests.Fuzz;

/// <summary>The short crash test of the suite: the real ingest killed (SIGKILL) 8 times at random moments.</summary>
public class CrashTesterTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_EightKills_DatabaseAlwaysWholeAndReRunMatches()
    {
        using var tmp = RepoPaths.Temp();
        var log = new StringWriter();
        var summary = CrashTester.Run(new CrashSettings(Seed: 5, Kills: 8, RepoPaths.Root, Copies: 12, Work: tmp.Path), log);
        output.WriteLine(log.ToString());
        Assert.Empty(summary.Problems);
        // Kills fall after a random line of the ingest's output plus a random delay; a batch of 64 prints its lines in a
        // burst at its end, so on a quiet machine several runs finish first (3 of 8 were killed in one suite run). The
        // check is that the test is not vacuous; each killed run's database is checked whole above.
        Assert.True(summary.Killed >= 2, $"only {summary.Killed} of 8 runs were killed before they finished");
        Assert.Equal(summary.Killed, summary.Survived);
    }

    [Fact]
    public void Problems_PartialDocument_Named()
    {
        var whole = new DocumentCounts("a.txt", "abc123abc123ff", 12, 2, 0, 1);
        var partial = new DbSnapshot(true, [whole with { Observations = 5 }], ["b.txt"], [], []);
        Assert.Equal(
            [$"partial document a.txt: {whole with { Observations = 5 }} but whole it is {whole}", "rows of b.txt without its document"],
            partial.Problems(new Dictionary<(string, string), DocumentCounts> { [("a.txt", "abc123abc123ff")] = whole }));
    }
}
