using System.Collections.Concurrent;
using System.Text;

namespace Analytics.Bench.Synth;

/// <summary>
/// Writes a synthetic corpus: for each edition, province, department and measured year one plan (a body and its
/// appendix as two files, markdown, PDF text or .docx), for each edition, province and year one results table (.csv
/// or .xlsx), and a small share of bad files; with noise (NFD, OCR typos, legacy glyphs). Deterministic for a seed:
/// each document draws from its own random source keyed by what it is, so the order of writing does not matter.
/// </summary>
public static class CorpusWriter
{
    public static SynthStats Write(SynthOptions o)
    {
        Catalog.Validate(o.Provinces, o.Departments, o.Years);
        if (o.Scale < 1) throw new ArgumentException("--scale must be at least 1");
        var root = OutputGuard.Check(o.Out);
        var truth = new Truth(o.Seed, o.Departments, o.Years);
        var shapes = new ConcurrentDictionary<string, int>();
        long bytes = 0;
        var work = from e in Enumerable.Range(1, o.Scale) from p in Enumerable.Range(0, o.Provinces) select (e, p);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            var (e, p) = item;
            var dir = Directory.CreateDirectory(Path.Combine(root, $"synth_{Catalog.Slug(Catalog.Provinces[p])}")).FullName;
            var written = 0L;
            void Save(string shape, string name, byte[] content)
            {
                File.WriteAllBytes(Path.Combine(dir, name), content);
                shapes.AddOrUpdate(shape, 1, (_, n) => n + 1);
                written += content.Length;
            }
            for (var y = truth.FirstYear; y < truth.FirstYear + o.Years; y++)
            {
                for (var d = 0; d < o.Departments; d++) WritePlan(o, truth, p, d, y, e, Save);
                WriteResults(o, truth, p, y, e, Save);
            }
            Interlocked.Add(ref bytes, written);
        });
        return new SynthStats(shapes.OrderBy(s => s.Key).ToDictionary(), shapes.Values.Sum(), bytes);
    }

    private static void WritePlan(SynthOptions o, Truth truth, int p, int d, int y, int e, Action<string, string, byte[]> save)
    {
        var facts = PlanFacts.Build(truth, o.Seed, p, d, y, e);
        var rng = Rng.For(o.Seed, "plan", p, d, y, e);
        var stem = $"synth_{Catalog.Slug(facts.Province)}_{Catalog.Slug(facts.Department.Name)}_{facts.PlanYear}{(e > 1 ? $"_e{e}" : "")}";
        var pick = rng.NextDouble();
        if (pick < 0.4)
        {
            save("body.txt", $"{stem}_ke_hoach.txt", Text(PlanBody.Write(facts, rng), rng));
            save("appendix.tsv.txt", $"{stem}_phu_luc.txt", Text(PlanAppendix.Write(facts, rng), rng));
        }
        else if (pick < 0.6) save("plan.md", $"{stem}.md", Text(PlanMarkdown.Write(facts, rng), rng));
        else if (pick < 0.8) save("plan.pdf.txt", $"{stem}_pdf.txt", Text(PlanPdfText.Write(facts, rng), rng));
        else save("plan.docx", $"{stem}.docx", PlanDocx.Write(facts, rng));
    }

    private static void WriteResults(SynthOptions o, Truth truth, int p, int y, int e, Action<string, string, byte[]> save)
    {
        var rng = Rng.For(o.Seed, "results", p, y, e);
        var rows = ResultsTables.Rows(truth, p, y, rng);
        var stem = $"synth_{Catalog.Slug(Catalog.Provinces[p])}_ket_qua_sipas_{y}{(e > 1 ? $"_e{e}" : "")}";
        if (rng.Chance(0.5)) save("results.csv", stem + ".csv", Text(ResultsTables.Csv(rows), rng, typos: false));
        else save("results.xlsx", stem + ".xlsx", ResultsTables.Xlsx(rows));
        // Bad files: about BadShare of all documents (a province-year holds about 1.4 × departments + 1 of them).
        if (!rng.Chance(o.BadShare * (1.4 * o.Departments + 1))) return;
        var kind = rng.Pick(BadFiles.Kinds);
        var (ext, bytes) = BadFiles.Make(kind, rng, () => ResultsTables.Xlsx(rows));
        save("bad." + kind, $"{stem}_bad_{kind}{ext}", bytes);
    }

    // Noise on text documents: some are written decomposed (NFD), some carry OCR typos or legacy glyphs.
    private static byte[] Text(string text, Rng rng, bool typos = true)
    {
        if (typos && rng.Chance(0.08)) text = Noise.OcrTypos(text, rng);
        if (rng.Chance(0.05)) text = Noise.LegacyGlyphs(text, rng, 0.3);
        if (rng.Chance(0.08)) text = Noise.Decomposed(text);
        return Encoding.UTF8.GetBytes(text);
    }
}
