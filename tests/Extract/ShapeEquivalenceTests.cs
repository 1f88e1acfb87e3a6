using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Analytics.Tests.Extract;

/// <summary>
/// The same document in another shape reads the same (apart from line numbers and source texts): seed 002 hard-wrapped
/// like PDF text with legacy glyphs, seed 000 as a markdown table and as a Word table.
/// </summary>
public class ShapeEquivalenceTests
{
    private static string[] Seed(string name) => File.ReadAllLines(Path.Combine(RepoPaths.Seeds, name + ".txt"));

    private static object Reading(Extraction e) => ExtractionJson.Write(e with
    {
        Document = e.Document with { SourceFile = "" },
        Observations = e.Observations.Select(o => o with { Source = Blank }).ToList(),
        Targets = e.Targets.Select(t => t with { Source = Blank }).ToList(),
        Tasks = e.Tasks.Select(t => t with { Source = Blank }).ToList(),
        Findings = e.Findings.Select(f => f with { File = "", Line = 0, Text = null }).ToList(),
    });

    private static readonly SourceRef Blank = new("", 0, "");

    [Fact]
    public void Parse_HardWrappedPdfText_ReadsAsWordText()
    {
        var original = Seed("002_cafea9ff515821b6");
        var wrapped = new List<string>();
        foreach (var line in original)
        {
            var rest = line.Replace("**", "").Replace('ư', 'ƣ');
            for (var cut = rest.LastIndexOf(' ', Math.Min(75, rest.Length - 1)); rest.Length > 75 && cut > 0; cut = rest.LastIndexOf(' ', Math.Min(75, rest.Length - 1)))
            {
                wrapped.AddRange([rest[..cut] + " ", ""]);
                rest = rest[(cut + 1)..];
            }
            wrapped.AddRange([rest, ""]);
        }
        Assert.Equal(Reading(PlanParser.Parse("a", original)), Reading(PlanParser.Parse("b", wrapped)));
    }

    [Fact]
    public void Parse_MarkdownTable_ReadsAsTabTable()
    {
        var original = Seed("000_3bc385bdad3b4eff");
        var markdown = original.SelectMany(line => !line.Contains('\t') ? [line]
            : line.StartsWith("STT", StringComparison.Ordinal) ? [Pipe(line), "|---|---|---|---|---|---|---|"] : new[] { Pipe(line) });
        Assert.Equal(Reading(PlanParser.Parse("a", original)), Reading(PlanParser.Parse("b", markdown.ToList())));
    }

    [Fact]
    public void Parse_WordTable_ReadsAsTabTable()
    {
        var original = Seed("000_3bc385bdad3b4eff");
        var body = new Body();
        Table? table = null;
        foreach (var line in original)
        {
            if (!line.Contains('\t')) { table = null; body.Append(new Paragraph(new Run(new Text(line)))); continue; }
            if (table is null) body.Append(table = new Table());
            table.Append(new TableRow(line.Split('\t').Select(c => new TableCell(new Paragraph(new Run(new Text(c) { Space = SpaceProcessingModeValues.Preserve }))))));
        }
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(body);
        stream.Position = 0;
        var docx = DocxText.ReadLines(stream, "b.docx");
        Assert.Empty(docx.Findings);
        Assert.Equal(Reading(PlanParser.Parse("a", original)), Reading(PlanParser.Parse("b", docx.Lines)));
    }

    private static string Pipe(string line) => "| " + string.Join(" | ", line.Split('\t')) + " |";
}
