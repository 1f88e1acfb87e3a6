using System.CommandLine;
using System.Diagnostics;

namespace Analytics.Bench.Harness;

public sealed record ExportRun(bool Available, List<string> Units, List<double> Seconds, List<long> Bytes, List<int> ExitCodes, List<string> Errors,
    long PeakRssKb);

/// <summary>
/// The chart pack export (`analytics export --db … --unit … --province … --year … --out …`) for several units, run
/// in this process through the pipeline's own command object (found by name, so this builds before `export` exists).
/// </summary>
public static class ExportJob
{
    public static ExportRun Run(string db, string province, int year, IReadOnlyList<string> units, string outDir)
    {
        var type = typeof(Analytics.Pipeline.Load.Database).Assembly.GetType("Analytics.Pipeline.Commands.ExportCommand");
        if (type?.GetMethod("Create", Type.EmptyTypes)?.Invoke(null, null) is not Command command)
            return new ExportRun(false, [], [], [], [], [], Machine.PeakRssKb());
        var root = new RootCommand { command };
        var seconds = new List<double>();
        var bytes = new List<long>();
        var codes = new List<int>();
        var errors = new List<string>();
        var stderr = Console.Error;
        foreach (var unit in units)
        {
            var error = new StringWriter();
            Console.SetError(error);
            var dir = Path.Combine(outDir, Synth.Catalog.Slug(unit));
            var clock = Stopwatch.StartNew();
            codes.Add(root.Parse(["export", "--db", db, "--unit", unit, "--province", province, "--year", $"{year}", "--out", dir]).Invoke());
            seconds.Add(clock.Elapsed.TotalSeconds);
            Console.SetError(stderr);
            errors.Add(error.ToString().Split('\n')[0].Trim());
            bytes.Add(Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0);
        }
        return new ExportRun(true, [.. units], seconds, bytes, codes, errors, Machine.PeakRssKb());
    }
}
