using System.IO.Compression;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;
using Analytics.Tests.Analyze;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Tests.Export;

/// <summary>The whole export over the embedded default data (seeds/ and data/ ingested): Sở Công Thương, Khánh Hòa, 2024.</summary>
public class UnitPackTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    internal static readonly ExportRequest Sct = new("Sở Công Thương", "Khánh Hòa", 2024);
    private const string Prefix = "so-cong-thuong-khanh-hoa-2024-sipas-";

    [Fact]
    public void Build_SoCongThuong2024_ChartsHoldTheDocumentsFigures()
    {
        using var con = seeds.Connect();
        var files = UnitPack.Build(con, Sct, Samples.Date)!;
        var bars = SvgText.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Name == Prefix + "hinh-1-tieu-chi.svg").Bytes));
        var texts = SvgText.Texts(bars).ToList();
        // results and feedback: seeds/002's body and appendix state them differently (SeedReportTests), so both are marked ≠
        foreach (var expected in new[] { "88,4% (−1,6)", "85,67% (−4,33)", "88,57% (−1,43)", "89,78% (−0,22)", "90,61% ≠ (+0,61)",
                     "87,39% ≠ (−2,61)", "mục tiêu 87%", "Tiếp cận dịch vụ", "≠ Các văn bản nêu số khác nhau" })
            Assert.Contains(expected, texts);
        var footnote = string.Join(" ", texts.SkipWhile(t => !t.StartsWith("Nguồn: ")));
        Assert.StartsWith("Nguồn: Kế hoạch", footnote); // the documents by kind, issuer, year (001: the 2024 plan's target), not by file
        Assert.DoesNotContain(".txt", footnote);
        var ranks = SvgText.Texts(SvgText.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Name == Prefix + "hinh-3-thu-hang-tieu-chi.svg").Bytes)));
        Assert.Contains("Tiếp cận dịch vụ 5", ranks); // 2023, derived from "giảm 4 bậc"
        Assert.Contains("9 Tiếp cận dịch vụ", ranks);
        Assert.All(files.Where(f => f.Name.EndsWith(".png")), f => Assert.Equal(1890, ChartPng.Size(f.Bytes).Width));
    }

    [Fact]
    public void Build_SoCongThuong2024_ReportValidWithCaptionsAndSources()
    {
        using var con = seeds.Connect();
        var docx = UnitPack.Build(con, Sct, Samples.Date)!.Single(f => f.Name == Prefix + ExportPack.Document).Bytes;
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Hình 1. Chỉ số hài lòng theo tiêu chí, so với 90% và chỉ tiêu", text);
        Assert.Contains("Bảng 5. Số liệu và nguồn", text);
        Assert.Contains("Kế hoạch của Sở Công Thương (năm 2025), dòng 19", text); // the document by title, not its file
        Assert.Contains("85,67", text);
    }

    [Fact]
    public void Zip_UnknownUnit_Null()
    {
        using var con = seeds.Connect();
        Assert.Null(UnitPack.Zip(con, Sct with { Unit = "Sở Không Có" }, Samples.Date));
    }

    [Fact]
    public void Zip_UnitNameAsTyped_ResolvedThroughTheRegistry()
    {
        using var con = seeds.Connect();
        var zip = UnitPack.Zip(con, new ExportRequest("so cong thuong", "khanh hoa", 2024), Samples.Date)!;
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Contains(archive.Entries, e => e.FullName == Prefix + "bang-so-lieu.xlsx");
    }

    [Fact]
    public void Time_Hook_BuildsThePackEachRun()
    {
        using var con = seeds.Connect();
        var (runs, bytes) = UnitPack.Time(con, Sct, runs: 2);
        Assert.Equal(2, runs.Count);
        Assert.True(bytes > 100_000, $"{bytes} bytes");
    }

    [Fact]
    public void Command_WritesFilesAndReportsMissingData()
    {
        var dir = Path.Combine(Path.GetTempPath(), "export-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The command opens its file read-only, which DuckDB refuses while this process holds it for writing: use a copy.
            Directory.CreateDirectory(dir);
            var copy = Path.Combine(dir, "copy.duckdb");
            using (var con = seeds.Connect()) con.Execute("CHECKPOINT");
            File.Copy(seeds.Path, copy);
            var output = new StringWriter();
            Assert.Equal(0, ExportCommand.Run(copy, Sct, dir, 16, Samples.Date, 1, output, TextWriter.Null));
            Assert.True(File.Exists(Path.Combine(dir, Prefix + "bao-cao.docx")));
            Assert.Equal(15, Directory.GetFiles(dir).Length); // 3 charts × (svg, png, csv, csv for Excel) + xlsx + docx, and the copy
            var errors = new StringWriter();
            Assert.Equal(4, ExportCommand.Run(copy, Sct with { Year = 2019 }, dir, 16, Samples.Date, 1, TextWriter.Null, errors));
            Assert.Equal(ExportErrors.NoData("Sở Công Thương", "Khánh Hòa", 2019), errors.ToString().Trim());
            Assert.Equal(5, ExportCommand.Run(Path.Combine(dir, "none.duckdb"), Sct, dir, 16, Samples.Date, 1, TextWriter.Null, errors));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}
