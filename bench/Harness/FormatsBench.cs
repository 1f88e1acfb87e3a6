using System.Diagnostics;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Bench.Harness;

/// <summary>
/// Reading the formats users receive, on the fixtures of tests/Fixtures/corpus/pdf: text-layer PDF pages per second
/// (PdfPig and the plan reader) next to the same document as text; OCR seconds per page of a scanned PDF (rendering,
/// Tesseract, the plan reader, as the ingest runs them) next to the bare `tesseract` command on the same page images.
/// Medians of the repetitions, interleaved so that a change of load touches both alike.
/// </summary>
public static class FormatsBench
{
    private const string TextPdf = "004_eff36063a9686b3b.pdf", ScanPdf = "002_cafea9ff515821b6-scan.pdf";
    private const int TextPages = 15, ScanPages = 2, ScanDpi = 200;

    public static void Run(Workspace w, int reps)
    {
        var r = w.Report;
        var dir = Path.Combine(Workspace.RepoRoot(), "tests", "Fixtures", "corpus", "pdf");
        r.Section("Formats: text-layer PDF, OCR of a scanned PDF", $"{TextPdf} ({TextPages} pages), {ScanPdf} ({ScanPages} pages, {ScanDpi} DPI), {reps} repetitions, medians");
        var pdf = File.ReadAllBytes(Path.Combine(dir, TextPdf));
        var text = File.ReadAllBytes(Path.Combine(Workspace.RepoRoot(), "seeds", "004_eff36063a9686b3b.txt"));
        var (read, decode, plain) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i <= reps; i++)
        {
            var (a, b, c) = (Time(() => DocumentReader.Read(TextPdf, pdf)), Time(() => Formats.Read(TextPdf, ".pdf", pdf)), Time(() => DocumentReader.Read("004.txt", text)));
            if (i == 0) continue; // warm-up
            read.Add(a); decode.Add(b); plain.Add(c);
        }
        r.Row("text-layer PDF read, pages/s", Report.N(TextPages / Median(read)), Report.N(TextPages / Median(plain)),
            Report.Ratio(Median(plain), Median(read)), "ref: same text as .txt");
        r.Row("  of which decoding (PdfPig, layout), pages/s", Report.N(TextPages / Median(decode)));
        Ocr(w, dir, reps);
    }

    private static void Ocr(Workspace w, string dir, int reps)
    {
        var r = w.Report;
        var scan = File.ReadAllBytes(Path.Combine(dir, ScanPdf));
        var pages = w.Scratch("formats");
        var (ours, bare, single, render) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < reps; i++)
        {
            ours.Add(Time(() => DocumentReader.Read(ScanPdf, scan)) / ScanPages);
            for (var p = 1; p <= ScanPages; p++)
            {
                render.Add(Tool("pdftoppm", ["-f", $"{p}", "-l", $"{p}", "-r", $"{ScanDpi}", "-gray", "-png", "-singlefile",
                    Path.Combine(dir, ScanPdf), Path.Combine(pages, $"p{p}")]));
                string[] args = [Path.Combine(pages, $"p{p}.png"), "stdout", "-l", "vie", "--dpi", $"{ScanDpi}", "tsv"];
                bare.Add(Tool("tesseract", args));
                single.Add(Tool("tesseract", args, oneThread: true));
            }
        }
        r.Row("OCR read, s/page (render + Tesseract + reader)", $"{Median(ours):0.00} s", $"{Median(bare):0.00} s",
            Report.Ratio(Median(ours), Median(bare)), "ref: bare tesseract");
        r.Row("OCR read, s/page, against one-thread tesseract", $"{Median(ours):0.00} s", $"{Median(single):0.00} s",
            Report.Ratio(Median(ours), Median(single)), "ref: OMP_THREAD_LIMIT=1");
        r.Row("  rendering one page (pdftoppm)", $"{Median(render):0.00} s");
        r.Note($"{Environment.ProcessorCount} cores; the ingest runs one Tesseract per core, each on one thread (OMP_THREAD_LIMIT=1).");
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Tool(string tool, string[] args, bool oneThread = false)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (oneThread) psi.Environment["OMP_THREAD_LIMIT"] = "1";
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = output.Result;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed with exit code {p.ExitCode}");
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
