using System.CommandLine;
using Analytics.Bench.Synth;

namespace Analytics.Bench;

/// <summary>`synth --out DIR [--provinces 34 --departments 25 --years 10 --scale 1 --seed 1] [--replicate-seeds N]`.</summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder (never inside data/ or seeds/)", Required = true };
        var provinces = new Option<int>("--provinces") { DefaultValueFactory = _ => 34, Description = "Provinces (1..34)" };
        var departments = new Option<int>("--departments") { DefaultValueFactory = _ => 25, Description = "Departments per province (2..25)" };
        var years = new Option<int>("--years") { DefaultValueFactory = _ => 10, Description = "Measured years, up to 2024 (1..10)" };
        var scale = new Option<int>("--scale") { DefaultValueFactory = _ => 1, Description = "Editions of the whole corpus (×N documents)" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Random seed (same seed, same files)" };
        var bad = new Option<double>("--bad-share") { DefaultValueFactory = _ => 0.01, Description = "Share of bad files (empty, binary, truncated)" };
        var replicate = new Option<int?>("--replicate-seeds") { Description = "Instead: copy the 5 seeds to N documents (unit and years varied)" };
        var command = new Command("synth", "Write a synthetic corpus (every file marked TÀI LIỆU TỔNG HỢP (SYNTHETIC), named synth_*)")
            { output, provinces, departments, years, scale, seed, bad, replicate };
        command.SetAction(p =>
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var stats = p.GetValue(replicate) is { } n
                    ? SeedReplicator.Write(Path.Combine(Harness.Workspace.RepoRoot(), "seeds"), p.GetValue(output)!, n)
                    : CorpusWriter.Write(new SynthOptions(p.GetValue(output)!, p.GetValue(provinces), p.GetValue(departments),
                        p.GetValue(years), p.GetValue(scale), p.GetValue(seed), p.GetValue(bad)));
                foreach (var (shape, count) in stats.ByShape) Console.WriteLine($"{shape,-18} {count,8}");
                Console.WriteLine($"{"total",-18} {stats.Documents,8} documents, {stats.Bytes / 1048576.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"synth: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
