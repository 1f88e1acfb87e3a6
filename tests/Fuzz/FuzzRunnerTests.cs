using Analytics.Fuzz;
using Xunit.Abstractions;

namespace Analytics.Tests.Fuzz;

/// <summary>The short fuzz of the suite: 300 hostile documents through the real reader and ingest, a fixed seed.</summary>
public class FuzzRunnerTests(ITestOutputHelper output)
{
    public const int Seed = 20251121;

    [Fact]
    public void ShortRun_NoCrashNoHang_DatabaseHoldsTogether()
    {
        // 10 s of processor time per step: the suite may run a Debug build, two to three times slower than Release.
        var settings = new FuzzSettings(Seed, 300, RepoPaths.Root, PerFileSeconds: 10);
        var log = new StringWriter();
        var summary = FuzzRunner.Run(settings, log);
        summary.Print(log);
        output.WriteLine(log.ToString());

        Assert.Equal(300, summary.Results.Count);
        Assert.Empty(summary.Results.Where(r => r.Failed).Select(r => $"{r.Outcome} {r.Case.Name}: {r.Kind}: {r.Message}"));
        Assert.Empty(summary.Checks);
        Assert.Empty(summary.Ledger);
        var kinds = summary.RejectedByKind.ToDictionary(k => k.Kind, k => k.Count);
        Assert.True(kinds.GetValueOrDefault("not UTF-8") > 0 && kinds.GetValueOrDefault("damaged package") > 0, string.Join(", ", kinds));
        Assert.True(summary.Loaded > 30, $"only {summary.Loaded} loaded: the mutations no longer leave readable documents");
        Assert.DoesNotContain(kinds.Keys, k => k == RejectionKinds.Other);
    }
}
