using Analytics.Pipeline.Fuzz;
using Xunit.Abstractions;

namespace Analytics.Tests.Fuzz;

/// <summary>The short fuzz of the suite: 300 hostile documents through the real reader and ingest, a fixed seed.</summary>
public class FuzzRunnerTests(ITestOutputHelper output)
{
    public const int Seed = 20251121;

    [Fact]
    public void ShortRun_NoCrashNoHang_DatabaseHoldsTogether()
    {
        // A generous per-file limit here: the suite shares two cores; a real hang (a quadratic blow-up) takes minutes.
        var settings = new FuzzSettings(Seed, 300, RepoPaths.Root, PerFileSeconds: 20);
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
