using System.Diagnostics;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Load;

namespace Analytics.Bench.Harness;

public sealed record ExtractRun(int Documents, double Seconds, double CpuSeconds, Dictionary<string, double> SecondsByFormat,
    Dictionary<string, int> DocumentsByFormat, long PeakRssKb);

/// <summary>The extract stage alone (DocumentReader.Read on every file's bytes, no database): the parsers' share of the ingest.</summary>
public static class ExtractJob
{
    public static ExtractRun Run(string corpus)
    {
        var files = InputFiles.Expand([corpus]).ToList();
        var byFormat = new Dictionary<string, double>();
        var count = new Dictionary<string, int>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var clock = Stopwatch.StartNew();
            var x = DocumentReader.Read(Path.GetFileName(file), bytes);
            var format = Path.GetExtension(file).ToLowerInvariant() + (x.Failed ? " (failed)" : "");
            byFormat[format] = byFormat.GetValueOrDefault(format) + clock.Elapsed.TotalSeconds;
            count[format] = count.GetValueOrDefault(format) + 1;
        }
        return new ExtractRun(files.Count, total.Elapsed.TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu,
            byFormat, count, Machine.PeakRssKb());
    }
}
