using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Analytics.Bench.Synth.Phrases;

namespace Analytics.Bench.Synth;

/// <summary>
/// A plan as users hold it, a Word .docx (DocumentFormat.OpenXml): the body of <see cref="PlanBody"/> as paragraphs,
/// then the appendix as a real Word table (header row, one section row per criterion, task rows).
/// </summary>
public static class PlanDocx
{
    public static byte[] Write(PlanFacts f, Rng rng)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in PlanBody.Write(f, rng).Split('\n').Where(l => l.Length > 0))
                body.Append(Paragraph(line.Replace("**", ""), bold: line.StartsWith("KẾ HOẠCH", StringComparison.Ordinal)));
            body.Append(Paragraph("PHỤ LỤC", bold: true));
            body.Append(Paragraph($"(Kèm theo Kế hoạch số {f.Code} ngày {f.IssuedOn.Day}/{f.IssuedOn.Month}/{f.PlanYear} của {f.Department.Name})", bold: false));
            body.Append(Tasks(f, rng));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return StableZip.Rewrite(stream.ToArray());
    }

    private static Table Tasks(PlanFacts f, Rng rng)
    {
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        table.Append(Row("STT", "Nội dung/Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả/Sản phẩm"));
        string[] roman = ["I", "II", "III", "IV", "V"];
        foreach (var c in f.Criteria)
        {
            table.Append(Row(roman[c.Number - 1], $"Tiêu chí {c.Number}: {c.Name}", "", "", "", $"Năm {f.MeasuredYear} đạt {Pct(c.Score.Value)}%, xếp hạng {Rank(c.Score)}"));
            var tasks = rng.Between(2, 4);
            for (var t = 1; t <= tasks; t++)
                table.Append(Row(t.ToString(System.Globalization.CultureInfo.InvariantCulture), TaskText(rng, f), rng.Pick(Leads),
                    rng.Pick(Partners), Fill(rng.Pick(Timelines), f), rng.Pick(Results)));
        }
        return table;
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c) { Space = SpaceProcessingModeValues.Preserve })))));

    private static Paragraph Paragraph(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.RunProperties = new RunProperties(new Bold());
        return new Paragraph(run);
    }
}
