using System.CommandLine;

namespace Analytics.Fuzz;

/// <summary>`fuzz --seed S --count N [--out DIR] [--db FILE] [--per-file-seconds 5] [--ocr]`: hostile documents through the real reader and ingest.</summary>
public static class FuzzCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the run (same seed, same documents)", DefaultValueFactory = _ => 1 };
        var count = new Option<int>("--count") { Description = "Documents to generate", DefaultValueFactory = _ => 1000 };
        var output = new Option<string?>("--out") { Description = "Keep every generated file and fuzz-report.tsv here" };
        var db = new Option<string?>("--db") { Description = "Database to ingest into (default: a new one in the work folder)" };
        var limit = new Option<double>("--per-file-seconds") { Description = "A read or ingest using more processor time (or six times as much wall time) is a HANG", DefaultValueFactory = _ => 5 };
        var every = new Option<int>("--ingest-every") { Description = "Ingest every n-th document (1 = all); the others are only read", DefaultValueFactory = _ => 1 };
        var ocr = new Option<bool>("--ocr") { Description = "Also start from scanned PDFs and pictures (each case runs Tesseract: minutes per hundred)" };
        var command = new Command("fuzz", "Fuzz the reader and the ingest with mutated documents; exit 1 on any crash, hang or failed check")
            { seed, count, output, db, limit, every, ocr };
        command.SetAction(parse =>
        {
            var settings = new FuzzSettings(parse.GetValue(seed), parse.GetValue(count), SeedCorpus.FindRoot(Directory.GetCurrentDirectory()),
                parse.GetValue(output), parse.GetValue(db), parse.GetValue(limit), Math.Max(1, parse.GetValue(every)), parse.GetValue(ocr));
            var summary = FuzzRunner.Run(settings, Console.Out);
            summary.Print(Console.Out);
            return summary.Passed ? 0 : 1;
        });
        return command;
    }
}
