using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Results;

/// <summary>
/// Builds the synthetic .xlsx and .docx fixtures of tests/Fixtures/results (the same figures as the .csv and .md):
/// run the tests with REGENERATE_RESULTS_FIXTURES=1 to write them into the source tree.
/// </summary>
internal static class FixtureFiles
{
    public const string Title = "KẾT QUẢ CHỈ SỐ HÀI LÒNG VỀ SỰ PHỤC VỤ HÀNH CHÍNH NĂM 2024 CỦA CÁC CƠ QUAN, ĐƠN VỊ TỈNH KHÁNH HÒA (DỮ LIỆU THỬ NGHIỆM, KHÔNG PHẢI SỐ LIỆU THẬT)";

    public static readonly string[] Criteria =
        ["Tiếp cận dịch vụ", "Điều kiện đón tiếp", "Sự phục vụ của công chức", "Kết quả giải quyết công việc", "Tiếp nhận, xử lý phản ánh, kiến nghị"];

    // STT, unit, five criteria, overall, rank (null: a section row; rank 0: none).
    public static readonly (string Stt, string Unit, decimal[]? Values, int Rank)[] Rows =
    [
        ("I", "KHỐI SỞ, BAN, NGÀNH", null, 0),
        ("1", "Sở Thử nghiệm A", [91.25m, 90.10m, 92.40m, 93.05m, 89.75m, 91.31m], 2),
        ("2", "Sở Thử nghiệm B", [88.40m, 87.95m, 90.20m, 91.10m, 86.35m, 88.80m], 4),
        ("3", "Sở Thử nghiệm C", [93.60m, 92.15m, 94.05m, 95.20m, 92.80m, 93.56m], 1),
        ("4", "Sở Thử nghiệm D", [85.67m, 86.00m, 88.10m, 89.00m, 84.20m, 86.59m], 6),
        ("5", "Sở Thử nghiệm E", [90.00m, 89.30m, 91.75m, 90.40m, 88.15m, 89.92m], 3),
        ("6", "Sở Thử nghiệm F", [88.80m, 88.10m, 89.45m, 90.05m, 87.60m, 88.80m], 4),
        ("", "Trung bình khối sở", [89.62m, 88.93m, 90.99m, 91.47m, 88.14m, 89.83m], 0),
        ("II", "KHỐI CƠ QUAN NGÀNH DỌC", null, 0),
        ("1", "Cơ quan ngành dọc thử nghiệm X", [86.90m, 87.20m, 88.30m, 87.95m, 86.30m, 87.33m], 1),
        ("2", "Cơ quan ngành dọc thử nghiệm Y", [83.10m, 84.25m, 85.40m, 84.60m, 82.65m, 84.00m], 2),
    ];

    public static void RegenerateIfAsked()
    {
        if (Environment.GetEnvironmentVariable("REGENERATE_RESULTS_FIXTURES") != "1") return;
        var dir = RepoPaths.Fixtures("results");
        File.WriteAllBytes(Path.Combine(dir, "khanh_hoa_2024_synthetic.xlsx"), Xlsx());
        File.WriteAllBytes(Path.Combine(dir, "khanh_hoa_2024_synthetic.docx"), Docx());
    }

    /// <summary>Title merged over the columns; a two-row header (criteria merged down, 'Chỉ số hài lòng' over 'Tỷ lệ (%)' and
    /// 'Xếp hạng'); a column-number row; access as a fraction under a percent format; overall as formulas with cached
    /// values; one unit name as an inline string; a second sheet of notes.</summary>
    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var strings = new XlsxStrings(book.AddNewPart<SharedStringTablePart>());
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxCells.Styles();
            AddSheet(book, "Kết quả", 1, TableSheet(strings), "A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:I3");
            AddSheet(book, "Ghi chú", 2, [new Row(XlsxCells.Text(strings, "A1", "Dữ liệu thử nghiệm do nhóm phát triển tự lập.")) { RowIndex = 1 }]);
            strings.Save();
        }
        return stream.ToArray();
    }

    private static List<Row> TableSheet(XlsxStrings s)
    {
        var rows = new List<Row>
        {
            new(XlsxCells.Text(s, "A1", Title)) { RowIndex = 1 },
            new(new[] { "STT", "Đơn vị" }.Concat(Criteria.Select((c, i) => $"Tiêu chí {i + 1}: {c}")).Append("Chỉ số hài lòng")
                .Select((h, i) => XlsxCells.Text(s, $"{(char)('A' + i)}3", h))) { RowIndex = 3 },
            new(XlsxCells.Text(s, "H4", "Tỷ lệ (%)"), XlsxCells.Text(s, "I4", "Xếp hạng")) { RowIndex = 4 },
            new(Enumerable.Range(1, 9).Select(i => XlsxCells.Text(s, $"{(char)('A' + i - 1)}5", $"({i})"))) { RowIndex = 5 },
        };
        var r = 6u;
        foreach (var (stt, unit, values, rank) in Rows)
        {
            var row = new Row { RowIndex = r };
            if (stt.Length > 0) row.Append(XlsxCells.Text(s, $"A{r}", stt));
            row.Append(unit == "Sở Thử nghiệm C" ? XlsxCells.Inline($"B{r}", unit) : XlsxCells.Text(s, $"B{r}", unit));
            if (values is not null)
            {
                row.Append(XlsxCells.Percent($"C{r}", values[0] / 100));
                for (var c = 1; c < 5; c++) row.Append(XlsxCells.Number($"{(char)('C' + c)}{r}", values[c]));
                row.Append(XlsxCells.Formula($"H{r}", $"ROUND((C{r}*100+D{r}+E{r}+F{r}+G{r})/5,2)", values[5]));
                if (rank > 0) row.Append(XlsxCells.Number($"I{r}", rank));
            }
            rows.Add(row);
            r++;
        }
        return rows;
    }

    private static void AddSheet(WorkbookPart book, string name, uint id, IEnumerable<Row> rows, params string[] merged)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var sheet = new Worksheet(new SheetData(rows));
        if (merged.Length > 0) sheet.Append(new MergeCells(merged.Select(m => new MergeCell { Reference = m })));
        part.Worksheet = sheet;
        book.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id, Id = book.GetIdOfPart(part) });
    }

    /// <summary>Two title paragraphs, then the table (comma decimals), then a closing paragraph.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var header = new[] { "STT", "Đơn vị" }.Concat(Criteria).Append("Chỉ số hài lòng").Append("Xếp hạng");
            var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })));
            table.Append(DocxRow(header));
            foreach (var (stt, unit, values, rank) in Rows)
                table.Append(DocxRow(new[] { stt, unit }.Concat(values?.Select(v => v.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))) ?? [])
                    .Concat(values is null ? [] : [rank > 0 ? rank.ToString() : ""])));
            main.Document = new W.Document(new W.Body(
                Paragraph("UBND TỈNH KHÁNH HÒA — SỞ NỘI VỤ (TỆP THỬ NGHIỆM)"), Paragraph(Title), table,
                Paragraph("Số liệu trên là dữ liệu thử nghiệm do nhóm phát triển tự lập.")));
        }
        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text)));

    private static W.TableRow DocxRow(IEnumerable<string> cells) =>
        new(cells.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c))))));
}
