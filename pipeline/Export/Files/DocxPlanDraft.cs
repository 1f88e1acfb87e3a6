using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// A draft plan appendix as a .docx in the form of the seed appendices: "PHỤ LỤC", the title, one table (STT, Công
/// việc, Đơn vị chủ trì, Cơ quan phối hợp, Thời gian, Kết quả năm trước, Ghi chú) with a row per weak criterion
/// (Roman numeral, its figures in Ghi chú) followed by its tasks: carried over, then suggestions marked "Đề xuất" with
/// their source. A4 landscape; every figure's source listed at the end.
/// </summary>
public static class DocxPlanDraft
{
    public static readonly string[] Columns =
        ["STT", "Công việc", "Đơn vị chủ trì", "Cơ quan phối hợp", "Thời gian", "Kết quả năm trước", "Ghi chú"];

    /// <summary>Column widths in twips (A4 landscape, 2 cm margins: 14,570 wide), the task text widest.</summary>
    private static readonly int[] Widths = [800, 4500, 1700, 1900, 1300, 2200, 2170];

    public const string NoTask = "Chưa có nhiệm vụ nào cho tiêu chí này; cần bổ sung.";

    public static byte[] Write(PlanDraft draft)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            DocxMark.Add(main, body, draft.Mark);
            body.Append(Centered("PHỤ LỤC", bold: true), Centered(DraftText.Title(draft), bold: true),
                Centered($"(Dự thảo kèm theo Kế hoạch số: …/KH-… ngày … tháng … năm {draft.PlanYear} của {draft.Unit})", bold: false),
                Para(DocxStyles.Note, Intro(draft)));
            body.Append(Table(draft));
            Sources(body, draft);
            body.Append(DocxMark.Section(main, new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 })));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string Intro(PlanDraft d)
    {
        var overall = d.Overall is { } o ? $"Chỉ số chung: {DraftText.Figures(o, d.IndexCode)}. " : "";
        var carried = d.CarriedFromYear is { } y ? $"nhiệm vụ mang sang từ kế hoạch năm {y}" : "chưa có kế hoạch nào để mang nhiệm vụ sang";
        var sections = d.WithoutFigures
            ? $"Chưa có số liệu năm {d.ResultsYear} của đơn vị: bản dự thảo lập theo {d.Sections.Count} lĩnh vực của bộ chỉ số, theo thứ tự của bộ chỉ số"
            : $"Bản dự thảo lập từ kết quả năm {d.ResultsYear}. {overall}{d.Sections.Count} tiêu chí cần cải thiện, xếp theo mức độ cần ưu tiên";
        return $"{sections}; {carried}; dòng \"{DraftText.Suggested}\" là nhiệm vụ đơn vị khác trong tỉnh đã đặt cho cùng tiêu chí, "
            + "cần xem xét trước khi đưa vào kế hoạch.";
    }

    private static Table Table(PlanDraft draft)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.Grid },
            new TableWidth { Width = Widths.Sum().ToString(VnFormat.Culture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(VnFormat.Culture) })));
        table.Append(Row(Columns, header: true, bold: true));
        for (var i = 0; i < draft.Sections.Count; i++)
        {
            var s = draft.Sections[i];
            table.Append(Row([Roman(i + 1), DraftText.SectionName(s.Figure.Criterion), "", "", "",
                s.Figure.ValuePct is { } v ? VnFormat.Pct(v) : "",
                DraftText.Figures(s.Figure, draft.IndexCode)], header: false, bold: true));
            var n = 0;
            foreach (var t in s.Carried)
                table.Append(Row(TaskCells(++n, t, t.ExpectedResult, DraftText.CarriedNote(t)), header: false, bold: false));
            foreach (var t in s.Suggested)
                table.Append(Row(TaskCells(++n, t, null, DraftText.SuggestedNote(t)), header: false, bold: false));
            if (n == 0) table.Append(Row(["", NoTask, "", "", "", "", ""], header: false, bold: false));
        }
        return table;
    }

    private static string?[] TaskCells(int n, PlannedTask t, string? result, string note) =>
        [n.ToString(VnFormat.Culture), t.Description, t.LeadUnit, t.Partners, t.Timeline, result, note];

    private static TableRow Row(IEnumerable<string?> cells, bool header, bool bold)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var (cell, width) in cells.Zip(Widths))
        {
            var run = new Run(new Text(DisplayText.Clean(cell ?? "")) { Space = SpaceProcessingModeValues.Preserve });
            if (bold) run.PrependChild(new RunProperties(new Bold()));
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width.ToString(VnFormat.Culture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), run)));
        }
        return row;
    }

    private static void Sources(Body body, PlanDraft draft)
    {
        body.Append(Para(DocxStyles.Heading2, "Nguồn số liệu"));
        var figures = draft.Sections.Select(s => s.Figure).Prepend(draft.Overall).OfType<DraftFigure>();
        foreach (var f in figures)
        {
            var name = Analytics.Pipeline.Glossary.Criteria.NameVi(f.Criterion);
            if (f.Source is { } s) body.Append(Para(null, $"– {name}, năm {f.Year}: {DraftText.Where(s)}: “{s.Text}”"));
            if (f.TargetSource is { } t) body.Append(Para(null, $"– {name}, mục tiêu năm {draft.PlanYear}: {DraftText.Where(t)}: “{t.Text}”"));
        }
    }

    private static Paragraph Centered(string text, bool bold)
    {
        var run = new Run(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), run);
    }

    private static Paragraph Para(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static string Roman(int n) => n switch
    {
        <= 0 => "",
        >= 10 => "X" + Roman(n - 10),
        9 => "IX",
        >= 5 => "V" + Roman(n - 5),
        4 => "IV",
        _ => new string('I', n),
    };
}
