using Analytics.Pipeline.Sequence;
using System.Text;
using Analytics.Bench.Synth;
using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Read;
using Analytics.Tests.Analyze;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Tests.Bench;

/// <summary>The sample database: built from the generator, marked 'sample', and every export and the report made from
/// it carry "DỮ LIỆU MÔ PHỎNG"; the same exports of real data (seeds/ and data/) carry nothing.</summary>
public sealed class SampleDatabaseTests(SmallSample sample, SeedDatabase seeds) : IClassFixture<SmallSample>, IClassFixture<SeedDatabase>
{
    private static readonly ExportRequest Request = new(SmallSample.Unit, SmallSample.Province, SmallSample.Year);
    private static readonly DateOnly Date = new(2025, 3, 25);

    [Fact]
    public void Build_SmallSample_MarkedWithFiguresRanksTargetsAndTasks()
    {
        Assert.Equal(0, sample.ExitCode);
        using var con = sample.Connect();
        Assert.True(DataKind.Read(con).IsSample);
        Assert.Equal(3L, con.Scalar<long>("SELECT count(DISTINCT unit) FROM observations WHERE unit_kind = 'department'"));
        Assert.True(con.Scalar<long>("SELECT count(*) FROM observations WHERE rank IS NOT NULL AND criterion <> 'overall'") > 0);
        Assert.True(con.Scalar<long>("SELECT count(*) FROM targets") > 0);
        Assert.True(con.Scalar<long>("SELECT count(*) FROM tasks") > 0);
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM documents WHERE NOT starts_with(source_file, 'synth_')"));
    }

    [Fact]
    public void Build_OverARealDatabase_RefusedAndLeftAsItWas()
    {
        using var tmp = RepoPaths.Temp();
        var path = tmp.File("analytics.duckdb");
        using (var db = Stages.OpenForWrite(path))
        using (var con = db.Connect())
            Stages.Ingest(con, [Path.Combine(RepoPaths.Seeds, "002_cafea9ff515821b6.txt")]).ToList();
        var e = Assert.Throws<ArgumentException>(() => SampleDatabase.Build(new SampleOptions(path, Departments: 2, Years: 1), TextWriter.Null));
        Assert.Equal(IngestMessages.NotEmptyForSample(path), e.Message);
        using var again = Database.OpenForRead(path);
        using var read = again.Connect();
        Assert.Equal(1L, read.Scalar<long>("SELECT count(*) FROM documents"));
    }

    [Fact]
    public void UnitPack_Sample_EveryFileCarriesTheMark()
    {
        using var con = sample.Connect();
        var files = UnitPack.Build(con, Request, Date)!;
        Assert.All(files.Where(f => f.Name.EndsWith(".svg")), f => Assert.Contains(SampleText.Banner, Encoding.UTF8.GetString(f.Bytes)));
        Assert.All(files.Where(f => f.Name.EndsWith(".csv")), f => Assert.StartsWith("\uFEFF" + SampleText.Banner + "\r\n", Encoding.UTF8.GetString(f.Bytes)));
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(files.Single(f => f.Name.EndsWith(".xlsx")).Bytes), false))
            Assert.All(xlsx.WorkbookPart!.WorksheetParts, s => Assert.Equal(SampleText.Banner, s.Worksheet.Descendants<Row>().First().InnerText));
        using var docx = WordprocessingDocument.Open(new MemoryStream(files.Single(f => f.Name.EndsWith(".docx")).Bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx));
        Assert.StartsWith(SampleText.Banner, docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Equal(SampleText.Banner, docx.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
    }

    [Fact]
    public void ChartPng_Sample_DrawsTheMarkAboveTheTitle()
    {
        using var con = sample.Connect();
        var chart = UnitPack.Read(con, Request, Date)!.Charts[0].Chart;
        Assert.Equal(SampleText.Banner, chart.Header.Mark);
        // The mark is a line of its own above the title: the marked PNG is taller than the same chart without it.
        Assert.True(ChartPng.Size(ChartPng.Render(chart)).Height > ChartPng.Size(ChartPng.Render(chart with { Header = chart.Header with { Mark = null } })).Height);
    }

    [Fact]
    public void DraftPlan_Sample_MarkedFirstAndOnEveryPage()
    {
        using var tmp = RepoPaths.Temp();
        using var con = sample.Connect();
        Assert.Equal(0, DraftPlanCommand.Write(con, SmallSample.Unit, SmallSample.Province, SmallSample.Year + 1, "SIPAS", tmp.Path, TextWriter.Null, TextWriter.Null));
        using var docx = WordprocessingDocument.Open(Directory.GetFiles(tmp.Path, "*.docx").Single(), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx));
        Assert.StartsWith(SampleText.Banner, docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Single(docx.MainDocumentPart.HeaderParts);
    }

    [Fact]
    public void Report_Sample_AddsTheMarkAsAFirstLine()
    {
        var output = new StringWriter();
        Assert.Equal(0, ReportCommand.Run(sample.Path, SmallSample.Unit, SmallSample.Province, SmallSample.Year, "table", output));
        var lines = output.ToString().Split('\n');
        Assert.Equal(SampleText.Banner, lines[0]);
        Assert.Equal($"{SmallSample.Unit} · {SmallSample.Province} · năm {SmallSample.Year}", lines[1]);
    }

    [Fact]
    public void ExportsAndReport_RealData_NoMark()
    {
        using var con = seeds.Connect();
        Assert.False(DataKind.Read(con).IsSample);
        var files = UnitPack.Build(con, Request, Date)!;
        Assert.All(files.Where(f => !f.Name.EndsWith(".png")), f => Assert.DoesNotContain(SampleText.Mark, Text(f)));
        Assert.Null(UnitPack.Read(con, Request, Date)!.Charts[0].Chart.Header.Mark);
        var output = new StringWriter();
        ReportCommand.Write(con, SmallSample.Unit, SmallSample.Province, SmallSample.Year, "table", output);
        Assert.DoesNotContain(SampleText.Mark, output.ToString());
        using var tmp = RepoPaths.Temp();
        DraftPlanCommand.Write(con, SmallSample.Unit, SmallSample.Province, 2025, "SIPAS", tmp.Path, TextWriter.Null, TextWriter.Null);
        using var docx = WordprocessingDocument.Open(Directory.GetFiles(tmp.Path, "*.docx").Single(), false);
        Assert.DoesNotContain(SampleText.Mark, docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Empty(docx.MainDocumentPart.HeaderParts);
    }

    /// <summary>A file's text: as UTF-8, or the text of each part of an Office package.</summary>
    private static string Text(PackFile f)
    {
        if (!f.Name.EndsWith(".docx") && !f.Name.EndsWith(".xlsx")) return Encoding.UTF8.GetString(f.Bytes);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(f.Bytes));
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
