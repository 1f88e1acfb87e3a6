using System.Diagnostics;
using Analytics.Fuzz;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Fuzz;

/// <summary>Issue 14.2–3: files within the upload limits that took gigabytes (Office packages, PDFs, a .doc); each now
/// stops with its reason, and an ingest of many of them, read with 16 threads, stays under 500 MB.</summary>
public class MemoryBudgetTests
{
    private const long PeakLimitKb = 500 * 1024;

    // "the workbook holds more than 200,000 cells (at …": where it stops depends on the shared strings before the sheet.
    private static readonly string CellsPrefix = ResultsErrors.TooManyCells(XlsxBudget.MaxCells, "").Split(" (at ")[0];

    public static TheoryData<string, string, Func<byte[]>, string> Bombs => new()
    {
        { "merge A1:XFD1048576", "merge.xlsx", OfficeBombs.WholeSheetMerge, ResultsErrors.NotATable },
        { "docx with 150 MB of XML", "wide.docx", () => OfficeBombs.WideDocx(150_000_000), ReaderMessages.DocxTooLarge(DocxText.DefaultMaxChars) },
        { "a million cells", "cells.xlsx", () => OfficeBombs.ManyCells(), CellsPrefix },
        { "4 million shared strings", "strings.xlsx", () => OfficeBombs.ManyStrings(), CellsPrefix },
    };

    [Theory, MemberData(nameof(Bombs))]
    public void Read_OfficeBomb_StopsWithItsReason(string what, string name, Func<byte[]> make, string reason)
    {
        var bytes = make();
        Assert.True(bytes.Length < 10 * 1024 * 1024, $"{what}: {bytes.Length} bytes, past the upload limit");
        Assert.Null(ZipGuard.Check(bytes)); // within the package limits: only the readers' budgets stop it
        var x = DocumentReader.Read(name, bytes);
        Assert.True(x.Failed, what);
        Assert.StartsWith(reason, x.Findings.First(f => f.Severity == Severities.Error).Message);
    }

    [Fact]
    public void WholeSheetMerge_FillsOnlyTheCellsPresent()
    {
        var (sheets, _, error) = XlsxRows.Read("merge.xlsx", OfficeBombs.WholeSheetMerge());
        Assert.Null(error);
        var rows = Assert.Single(sheets).Rows;
        Assert.Equal([(1, 1), (1_048_576, 1)], rows.Select(r => (r.Line, r.Cells.Count)));
        Assert.Equal(["Đơn vị"], rows[0].Cells); // never widened past the widest row present (column A)
    }

    [Fact]
    public void MergeFill_PastTheCellBudget_Stops()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c><c r=\"Z{r}\"><v>1</v></c></row>"));
        var xml = $"<worksheet xmlns=\"{XlsxParts.S}\"><sheetData>{rows}</sheetData><mergeCells><mergeCell ref=\"A1:Z50\"/></mergeCells></worksheet>";
        var budget = new XlsxBudget(maxCells: 500);
        new XlsxSheetProbe(budget).Read(xml);
        Assert.Equal(ResultsErrors.TooManyCells(500, "Sheet1!A1:Z50"), budget.Stop);
    }

    private sealed class XlsxSheetProbe(XlsxBudget budget)
    {
        public void Read(string xml) =>
            new XlsxSheet("t.xlsx", "Sheet1", [], [], [], budget).Rows(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
    }

    [Fact]
    public async Task ReadBudget_HoldsReadersUntilMemoryIsFree()
    {
        var budget = new ReadBudget(100);
        var first = budget.Reserve(60);
        var second = Task.Run(() => { using var _ = budget.Reserve(60); return budget.Used; });
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(300))); // 60 + 60 > 100: waits
        first.Dispose();
        Assert.Equal(60, await second);
        using (budget.Reserve(1_000)) Assert.Equal(100, budget.Used); // more than the budget: read alone
        Assert.Equal(0, budget.Used);
    }

    [Fact]
    public void Ingest_TwentyTwoBombsOnSixteenThreads_StaysUnder500MB_EachWithItsReason()
    {
        var folder = Directory.CreateTempSubdirectory("bombs-").FullName;
        try
        {
            var files = new Dictionary<string, byte[]>
            {
                ["merge.xlsx"] = OfficeBombs.WholeSheetMerge(), ["wide.docx"] = OfficeBombs.WideDocx(150_000_000),
                ["cells.xlsx"] = OfficeBombs.ManyCells(), ["strings.xlsx"] = OfficeBombs.ManyStrings(),
            };
            foreach (var (name, bytes) in files)
                for (var i = 1; i <= (name == "merge.xlsx" ? 1 : 7); i++)
                    File.WriteAllBytes(Path.Combine(folder, name.Replace(".", $"-{i}.")), bytes);
            var (exit, output, peakKb) = IngestMeasured(folder, Path.Combine(folder, "x.duckdb"));
            Assert.Equal(1, exit);
            Assert.Equal(22, output.Count(l => l.StartsWith("FAILED ", StringComparison.Ordinal)));
            Assert.Contains(output, l => l.StartsWith("FAILED wide-7.docx:", StringComparison.Ordinal) && l.EndsWith(ReaderMessages.DocxTooLarge(DocxText.DefaultMaxChars)));
            Assert.Contains(output, l => l.StartsWith($"FAILED cells-3.xlsx:1: {CellsPrefix}", StringComparison.Ordinal));
            Assert.True(peakKb < PeakLimitKb, $"peak {peakKb} KB");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Ingest_PdfBombsAndAHugeDocOnSixteenThreads_StaysUnder500MB_EachWithItsReason()
    {
        var (folder, bin) = (Directory.CreateTempSubdirectory("pdf-bombs-").FullName, HugeAntiword());
        try
        {
            var reasons = new Dictionary<string, (byte[] Bytes, string Reason)>
            {
                ["inflate.pdf"] = (PdfBombs.Inflating(24), DecodeMessages.PdfStreamTooLarge("inflate.pdf", 4, DecodeLimits.MaxPdfStreamBytes)),
                // Their one heavy page left out (a warning), nothing is left to read; shared.pdf's thousand heavy pages pass the document's budget.
                ["glyphs.pdf"] = (PdfBombs.Glyphs(3_000), ReaderMessages.NothingRecognised),
                ["shared.pdf"] = (PdfBombs.Shared(), DecodeMessages.PdfTooMuchContent("shared.pdf", 176, DecodeLimits.MaxPdfContentBytes)),
                ["forms.pdf"] = (PdfBombs.Forms(), ReaderMessages.NothingRecognised),
                ["font.pdf"] = (PdfBombs.FontFile(24), DecodeMessages.PdfStreamTooLarge("font.pdf", 7, DecodeLimits.MaxPdfStreamBytes)),
                ["huge.doc"] = ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], DecodeMessages.DocTooLarge("huge.doc", DecodeLimits.MaxDocChars)),
            };
            // Within every budget, read whole: pages at the page budgets, what a PDF within the limits may cost.
            for (var i = 1; i <= 2; i++)
            {
                reasons[$"dense-{i}.pdf"] = (PdfBombs.Shared(pages: 4, lines: 1_100), ReaderMessages.NothingRecognised);
                reasons[$"drawn-{i}.pdf"] = (PdfBombs.Paths(pages: 2, lines: 85_000), ReaderMessages.NothingRecognised);
            }
            foreach (var (name, (bytes, _)) in reasons) File.WriteAllBytes(Path.Combine(folder, name), bytes);
            var (exit, output, peakKb) = IngestMeasured(folder, Path.Combine(folder, "x.duckdb"), bin);
            Assert.Equal(1, exit);
            foreach (var (name, (_, reason)) in reasons)
                Assert.Contains(output, l => l.StartsWith($"FAILED {name}:", StringComparison.Ordinal) && l.EndsWith(reason, StringComparison.Ordinal));
            Assert.True(peakKb < PeakLimitKb, $"peak {peakKb} KB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(bin, recursive: true);
        }
    }

    // A stand-in for antiword reading a .doc whose piece table repeats one paragraph: 30 MB of text (a folder for PATH).
    private static string HugeAntiword()
    {
        var bin = Directory.CreateTempSubdirectory("antiword-").FullName;
        var script = Path.Combine(bin, "antiword");
        File.WriteAllText(script, "#!/bin/sh\nyes 'Chỉ số hài lòng của Sở Công Thương năm 2024 đạt 88,4%, xếp hạng 12/63.' | head -c 31457280\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    // The real ingest as a child process with 16 processors reported, under /usr/bin/time: exit code, output, peak RSS (KB);
    // programs in `bin` come before the system's.
    private static (int Exit, List<string> Output, long PeakKb) IngestMeasured(string folder, string db, string? bin = null)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", "peak-kb %M", "dotnet", typeof(Ingestor).Assembly.Location, "ingest", folder, "--db", db })
            start.ArgumentList.Add(a);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = "16";
        if (bin is not null) start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var lines = stdout.Result.Split('\n').Concat(stderr.Split('\n')).Select(l => l.TrimEnd()).ToList();
        var peak = long.Parse(lines.Last(l => l.StartsWith("peak-kb ", StringComparison.Ordinal))[8..]);
        return (p.ExitCode, lines, peak);
    }
}
