using Analytics.Pipeline.Fuzz;
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
        Assert.True(summary.Killed >= 4, $"only {summary.Killed} of 8 runs were killed before they finished");
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
