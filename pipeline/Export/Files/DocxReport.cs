using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>One chart of the report: its spec (for caption, alt text and table) and its PNG.</summary>
public sealed record ReportFigure(ChartSpec Chart, byte[] Png);

/// <summary>What the Word pack holds: a heading for the unit, figures each followed by its table, further tables, sources.</summary>
public sealed record Report(string Unit, string Province, int Year, string IndexName, DateOnly Date,
    IReadOnlyList<ReportFigure> Figures, IReadOnlyList<ChartTable> Tables)
{
    /// <summary>The sample database's mark, first in the document and in every page's header; null for real data.</summary>
    public string? Mark { get; init; }
}

/// <summary>
/// The report as a .docx: "Hình n." captions under figures, "Bảng n." captions over tables, vi-VN numbers in the
/// tables, every document the figures come from listed at the end.
/// </summary>
public static class DocxReport
{
    public const string MissingCell = "—";

    public static byte[] Write(Report report, double widthCm = ChartPng.DefaultWidthCm)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            DocxMark.Add(main, body, report.Mark);
            Heading(body, report);
            var tableNo = 0;
            for (var i = 0; i < report.Figures.Count; i++)
            {
                var figure = report.Figures[i];
                var alt = DisplayText.Clean(figure.Chart.Header.Title + ". " + figure.Chart.Header.Subtitle);
                body.Append(DocxImage.Paragraph(main, figure.Png, widthCm, (uint)i + 1, $"Hình {i + 1}", alt));
                body.Append(Caption(Figure, i + 1, figure.Chart.Header.Title));
                body.Append(Para(DocxStyles.Note, "Nguồn: " + string.Join("; ", figure.Chart.Header.Sources)));
                Table(body, ChartTable.Of(figure.Chart), ++tableNo);
            }
            foreach (var table in report.Tables) Table(body, table, ++tableNo);
            Sources(body, report);
            body.Append(DocxMark.Section(main, new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 })));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Heading(Body body, Report report)
    {
        body.Append(Para(DocxStyles.Heading1, $"{report.IndexName}: {report.Unit}"));
        body.Append(Para(null, $"Tỉnh {report.Province} · Năm {report.Year} · Ngày lập: {VnFormat.Date(report.Date)}"));
    }

    private static void Table(Body body, ChartTable table, int number)
    {
        body.Append(Caption(TableLabel, number, table.Title));
        var grid = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.Grid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        grid.Append(new TableGrid(table.Columns.Select(_ => new GridColumn())));
        grid.Append(Row(table.Columns.Cast<object?>(), header: true));
        foreach (var row in table.Rows) grid.Append(Row(row, header: false));
        body.Append(grid);
        var missing = table.Rows.Any(r => r.Any(c => c is null)) ? $" {MissingCell}: không có số liệu." : "";
        var notes = string.Concat(table.Notes.Select(n => " " + n));
        body.Append(Para(DocxStyles.Note, "Nguồn: " + string.Join("; ", table.Sources) + "." + missing + notes));
    }

    private static TableRow Row(IEnumerable<object?> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
        {
            var number = cell is decimal or int or MarkedCell;
            var run = new Run(new Text(Format(cell)) { Space = SpaceProcessingModeValues.Preserve });
            if (header) run.PrependChild(new RunProperties(new Bold()));
            var paragraph = new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0" },
                new Justification { Val = number ? JustificationValues.Right : JustificationValues.Left }), run);
            row.Append(new TableCell(paragraph));
        }
        return row;
    }

    /// <summary>A table cell as written: vi-VN decimals (85,67), plain integers, "—" for no figure, clean text.</summary>
    public static string Format(object? cell) => cell switch
    {
        null => MissingCell,
        decimal d => VnFormat.Number(d),
        int i => i.ToString(VnFormat.Culture),
        MarkedCell m => Format(m.Value) + m.Marks,
        _ => DisplayText.Clean(Convert.ToString(cell, VnFormat.Culture)),
    };

    private static void Sources(Body body, Report report)
    {
        body.Append(Para(DocxStyles.Heading2, "Nguồn số liệu"));
        var sources = report.Figures.SelectMany(f => f.Chart.Header.Sources).Concat(report.Tables.SelectMany(t => t.Sources))
            .Select(DisplayText.Clean).Distinct().Order(StringComparer.Ordinal);
        foreach (var source in sources) body.Append(Para(null, "– " + source));
    }

    public const string Figure = "Hình", TableLabel = "Bảng";

    /// <summary>"Hình 3. title": the number a Word field (SEQ Hình), so Word renumbers captions when figures move and
    /// builds a list of figures from them; the number written is the field's current result.</summary>
    private static Paragraph Caption(string label, int number, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Caption }),
        new Run(new Text(label + " ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text(number.ToString(VnFormat.Culture)))) { Instruction = $" SEQ {label} \\* ARABIC " },
        new Run(new Text(". " + DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Para(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
