using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Fuzz;

/// <summary>Small valid Office documents for the fuzzer to damage: a plan as .docx and a results table as .xlsx.</summary>
public static class OfficeSamples
{
    public const string ResultsTitle = "KẾT QUẢ CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH NĂM 2024 CỦA CÁC CƠ QUAN, ĐƠN VỊ TỈNH KHÁNH HÒA";

    public static readonly string[] ResultsHeader =
        ["STT", "Đơn vị", "Tiếp cận dịch vụ", "Điều kiện đón tiếp", "Sự phục vụ của công chức", "Kết quả giải quyết công việc",
         "Tiếp nhận, xử lý phản ánh, kiến nghị", "Chỉ số hài lòng", "Xếp hạng"];

    /// <summary>Fuzzer test data (not real figures): unit, five criteria, overall, rank.</summary>
    public static readonly (string Unit, double[] Values, int Rank)[] ResultsRows =
    [
        ("Sở Công Thương", [85.67, 88.57, 89.78, 90.61, 87.39, 88.40], 3),
        ("Sở Tư pháp", [91.25, 90.10, 92.40, 93.05, 89.75, 91.31], 1),
        ("Sở Y tế", [88.40, 87.95, 90.20, 91.10, 86.35, 88.80], 2),
        ("Sở Xây dựng", [84.10, 83.00, 86.20, 85.40, 82.15, 84.17], 4),
    ];

    /// <summary>A .docx whose paragraphs are <paramref name="lines"/>, followed by the results table.</summary>
    public static byte[] Docx(IEnumerable<string> lines)
    {
        var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var line in lines)
                body.Append(new W.Paragraph(new W.Run(new W.Text(XmlSafe(line)) { Space = SpaceProcessingModeValues.Preserve })));
            body.Append(new W.Paragraph(new W.Run(new W.Text(ResultsTitle))));
            var table = new W.Table(Row(ResultsHeader));
            var n = 0;
            foreach (var (unit, values, rank) in ResultsRows)
                table.Append(Row([(++n).ToString(), unit, .. values.Select(Vn), rank.ToString()]));
            body.Append(table);
            main.Document = new W.Document(body);
        }
        return buffer.ToArray();
    }

    /// <summary>An .xlsx with the results table: a merged title, shared strings, numbers, one percent-styled column, one formula with its cached value.</summary>
    public static byte[] Xlsx()
    {
        var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Name = "SIPAS 2024", SheetId = 1, Id = "rSheet1" }));
            var strings = book.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable();
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheet = book.AddNewPart<WorksheetPart>("rSheet1");
            var data = new S.SheetData(new S.Row(Shared(strings, "A1", ResultsTitle)) { RowIndex = 1 });
            data.Append(new S.Row(ResultsHeader.Select((h, c) => Shared(strings, $"{Col(c)}2", h))) { RowIndex = 2 });
            uint r = 3;
            foreach (var (unit, values, rank) in ResultsRows)
            {
                var row = new S.Row { RowIndex = r };
                row.Append(Number($"A{r}", r - 2), Shared(strings, $"B{r}", unit));
                for (var c = 0; c < values.Length; c++)
                    row.Append(c == 0 ? Percent($"C{r}", values[c] / 100) : Number($"{Col(c + 2)}{r}", values[c]));
                row.Append(new S.Cell { CellReference = $"I{r}", CellFormula = new S.CellFormula($"RANK(H{r},H3:H6)"), CellValue = new S.CellValue(rank) });
                data.Append(row);
                r++;
            }
            sheet.Worksheet = new S.Worksheet(data, new S.MergeCells(new S.MergeCell { Reference = "A1:I1" }));
        }
        // Unprefixed elements (<c r="C3">), as Excel writes them, so the workbook mutations can find their cells.
        return ZipParts.Write(ZipParts.Read(buffer.ToArray()).Select(p => p.Name.EndsWith(".xml", StringComparison.Ordinal)
            ? (p.Name, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(p.Bytes)
                .Replace("<x:", "<").Replace("</x:", "</").Replace("xmlns:x=", "xmlns=")))
            : p));
    }

    // Text a Word paragraph can hold: characters XML 1.0 forbids (controls, lone surrogates) dropped.
    private static string XmlSafe(string text) =>
        string.Concat(text.Where((c, i) => System.Xml.XmlConvert.IsXmlChar(c)
            || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))));

    private static W.TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c))))));

    private static string Vn(double v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + "%";

    private static string Col(int c) => ((char)('A' + c)).ToString();

    private static S.Cell Shared(SharedStringTablePart part, string at, string text)
    {
        part.SharedStringTable.Append(new S.SharedStringItem(new S.Text(text)));
        return new S.Cell { CellReference = at, DataType = S.CellValues.SharedString, CellValue = new S.CellValue(part.SharedStringTable.Count() - 1) };
    }

    private static S.Cell Number(string at, double v) => new() { CellReference = at, CellValue = new S.CellValue(v) };

    private static S.Cell Percent(string at, double v) => new() { CellReference = at, CellValue = new S.CellValue(v), StyleIndex = 1 };

    private static S.Stylesheet Stylesheet() => new(
        new S.Fonts(new S.Font()), new S.Fills(new S.Fill()), new S.Borders(new S.Border()),
        new S.CellFormats(new S.CellFormat(), new S.CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
}
