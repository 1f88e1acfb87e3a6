using System.CommandLine;
using Analytics.Bench.Harness;

namespace Analytics.Bench;

/// <summary>The benchmark parts as commands: `all`, and `ingest`, `seeds`, `views`, `dashboard`, `charts`, `export`, `formats`, `classifier` alone.</summary>
public static class BenchCommands
{
    private static readonly Option<string> Work = new("--work") { DefaultValueFactory = _ => "/tmp/analytics-bench", Description = "Corpora and databases" };
    private static readonly Option<int> Seed = new("--seed") { DefaultValueFactory = _ => 1, Description = "Corpus seed" };
    private static readonly Option<int> BaseProvinces = new("--base-provinces") { DefaultValueFactory = _ => 1, Description = "Provinces of the 1× corpus (1..3)" };
    private static readonly Option<int> Years = new("--years") { DefaultValueFactory = _ => 3, Description = "Years of the 1×/10×/100× corpora" };
    private static readonly Option<int> SeedCopies = new("--seed-copies") { DefaultValueFactory = _ => 1000, Description = "Documents for the seeds figure" };
    private static readonly Option<int[]> Clients = new("--clients") { DefaultValueFactory = _ => [20, 100], AllowMultipleArgumentsPerToken = true };
    private static readonly Option<int> Seconds = new("--seconds") { DefaultValueFactory = _ => 30, Description = "Load duration per client count" };
    private static readonly Option<int> ChartClients = new("--chart-clients") { DefaultValueFactory = _ => 50, Description = "Concurrent chart downloads" };
    private static readonly Option<int> ExportUnits = new("--export-units") { DefaultValueFactory = _ => 5 };
    private static readonly Option<int> FullProvinces = new("--full-provinces") { DefaultValueFactory = _ => 34, Description = "Provinces of the full-scale corpus" };
    private static readonly Option<int> Repetitions = new("--repetitions") { DefaultValueFactory = _ => 5, Description = "Repetitions of the formats part" };
    private static readonly Option<bool> Reingest = new("--reingest") { Description = "Measure the full-scale ingest even when its database exists" };

    public static IEnumerable<Command> Parts()
    {
        yield return Part("all", "Every part, in one run", async w =>
        {
            IngestBench.Seeds(w, w.Get(SeedCopies));
            IngestBench.Scales(w, w.Get(BaseProvinces), w.Get(Years));
            var db = ViewsBench.FullDb(w, w.Get(FullProvinces), measureIngest: true);
            ViewsBench.Run(w, db);
            await DashboardBench.Run(w, "default database (seeds + data)", DashboardBench.DefaultDb(w), w.Get(Clients), TimeSpan.FromSeconds(w.Get(Seconds)));
            await DashboardBench.Run(w, "full scale", db, w.Get(Clients), TimeSpan.FromSeconds(w.Get(Seconds)));
            ExportBench.Run(w, db, w.Get(ExportUnits));
            ChartsBench.Pack(w, DashboardBench.DefaultDb(w), runs: 7);
            await ChartsBench.Downloads(w, DashboardBench.DefaultDb(w), w.Get(ChartClients), TimeSpan.FromSeconds(w.Get(Seconds)));
            FormatsBench.Run(w, w.Get(Repetitions));
            ClassifierBench.Run(w, w.Get(Repetitions), 10_000);
        });
        yield return Part("corpora", "Generate every corpus the parts use (not measured), e.g. before the load drops", w =>
        {
            var (b, y) = (w.Get(BaseProvinces), w.Get(Years));
            foreach (var (p, x) in new[] { (b, 1), (b * 10, 1), (b * 10, 10), (w.Get(FullProvinces), 1) })
                w.Workspace.Report.Note($"{w.Workspace.Corpus(p, 25, p == w.Get(FullProvinces) && x == 1 ? 10 : y, x)}");
            w.Workspace.Report.Note(w.Workspace.SeedCopies(w.Get(SeedCopies)));
            return Task.CompletedTask;
        });
        yield return Part("ingest", "Ingest at 1×, 10×, 100× with growth ratios", w =>
        {
            IngestBench.Scales(w, w.Get(BaseProvinces), w.Get(Years));
            return Task.CompletedTask;
        });
        yield return Part("profile", "Where the ingest's time goes: extract alone, database on disk and on /dev/shm", w =>
        {
            ProfileBench.Run(w, w.Get(BaseProvinces), w.Get(Years));
            return Task.CompletedTask;
        });
        yield return Part("seeds", "The seeds replicated to 1,000+ documents", w =>
        {
            IngestBench.Seeds(w, w.Get(SeedCopies));
            return Task.CompletedTask;
        });
        yield return Part("views", "Every view at full scale", w =>
        {
            ViewsBench.Run(w, ViewsBench.FullDb(w, w.Get(FullProvinces), w.Get(Reingest)));
            return Task.CompletedTask;
        });
        yield return Part("dashboard", "Dashboard pages under 20 and 100 clients, on the default and the full-scale database", async w =>
        {
            await DashboardBench.Run(w, "default database (seeds + data)", DashboardBench.DefaultDb(w), w.Get(Clients), TimeSpan.FromSeconds(w.Get(Seconds)));
            await DashboardBench.Run(w, "full scale", ViewsBench.FullDb(w, w.Get(FullProvinces), w.Get(Reingest)), w.Get(Clients),
                TimeSpan.FromSeconds(w.Get(Seconds)));
        });
        yield return Part("formats", "Text-layer PDF pages/s; OCR s/page next to the bare tesseract command", w =>
        {
            FormatsBench.Run(w, w.Get(Repetitions));
            return Task.CompletedTask;
        });
        yield return Part("classifier", "Task classifier: training (cross-validation, final fit) and prediction times", w =>
        {
            ClassifierBench.Run(w, w.Get(Repetitions), 10_000);
            return Task.CompletedTask;
        });
        yield return Part("charts", "Report pack per unit and chart downloads under 50 clients, on the default database", async w =>
        {
            var db = DashboardBench.DefaultDb(w);
            ChartsBench.Pack(w, db, runs: 7);
            await ChartsBench.Downloads(w, db, w.Get(ChartClients), TimeSpan.FromSeconds(w.Get(Seconds)));
        });
        yield return Part("export", "Chart pack export per unit", w =>
        {
            ExportBench.Run(w, ViewsBench.FullDb(w, w.Get(FullProvinces), w.Get(Reingest)), w.Get(ExportUnits));
            return Task.CompletedTask;
        });
    }

    private static Command Part(string name, string description, Func<BenchRun, Task> body)
    {
        var command = new Command(name, description) { Work, Seed, BaseProvinces, Years, SeedCopies, Clients, Seconds, ChartClients, ExportUnits, FullProvinces, Reingest, Repetitions };
        command.SetAction(async (parse, _) =>
        {
            var results = Directory.CreateDirectory(Path.Combine(Workspace.RepoRoot(), "bench", "results")).FullName;
            var file = Path.Combine(results, $"bench-{name}-{DateTime.Now:yyyyMMdd-HHmmss}.txt");
            var report = new Report(file);
            report.Write($"Analytics benchmark `{name}` — {DateTime.Now:yyyy-MM-dd HH:mm} — {Machine.Describe()}");
            report.Write("Figures are this run's; each reference is measured in the same run. Report: " + file);
            await body(new BenchRun(new Workspace(parse.GetValue(Work)!, parse.GetValue(Seed), report), parse));
            report.Write($"\nDone — load {Machine.Load()}.");
            return 0;
        });
        return command;
    }
}

/// <summary>A part's workspace and its parsed options.</summary>
public sealed class BenchRun(Workspace workspace, ParseResult parse)
{
    public Workspace Workspace { get; } = workspace;
    public T Get<T>(Option<T> option) => parse.GetValue(option)!;
    public static implicit operator Workspace(BenchRun run) => run.Workspace;
}
