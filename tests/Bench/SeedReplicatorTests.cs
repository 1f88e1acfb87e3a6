using Analytics.Bench.Harness;
using Analytics.Bench.Synth;

namespace Analytics.Tests.Bench;

/// <summary>The seeds replicated for issue 2's figure: renamed, marked synthetic, unit and years varied, seeds untouched.</summary>
public sealed class SeedReplicatorTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "seedcopies-" + Guid.NewGuid().ToString("N"));
    private readonly string _seeds = Path.Combine(Workspace.RepoRoot(), "seeds");

    // copy number → seed it copies, a line it must hold, a text it must not hold
    public static TheoryData<int, string, string, string> Copies => new()
    {
        { 1, "000_3bc385bdad3b4eff.txt", "(Ban hành kèm theo Kế hoạch số: 23/KH-SCT ngày 25 tháng 3 năm 2025 của Sở Công Thương)", "Sở Kế hoạch và Đầu tư" },
        { 8, "002_cafea9ff515821b6.txt", "Thực hiện các giải pháp nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Kế hoạch và Đầu tư năm 2025", "Sở Công Thương" },
        { 128, "002_cafea9ff515821b6.txt", "Thực hiện các giải pháp nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Công Thương năm 2024", "năm 2025" },
    };

    [Theory, MemberData(nameof(Copies))]
    public void Write_Copy_VariesUnitAndYear(int number, string seed, string line, string absent)
    {
        var stats = SeedReplicator.Write(_seeds, _out, 130);
        var text = File.ReadAllText(Path.Combine(_out, $"synth_seedcopy_{number:0000}_{seed}"));

        Assert.Equal(130, stats.Documents);
        Assert.StartsWith(Phrases.SyntheticLine + $" Bản sao số {number} ", text);
        Assert.Contains(line, text.Split('\n'));
        Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void Write_LeavesTheSeedsAsTheyWere()
    {
        var before = Directory.GetFiles(_seeds).ToDictionary(f => f, File.ReadAllBytes);
        SeedReplicator.Write(_seeds, _out, 10);

        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
        Assert.Equal(10, Directory.GetFiles(_out).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
