using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Bench.Synth;

/// <summary>
/// A province's published results for a year as the Department of Home Affairs issues them: a wide table, one row per
/// department (STT, Đơn vị, the five criteria, Chỉ số hài lòng, Xếp hạng), under a title naming province and year,
/// and a block average; as .csv (';', decimal commas) or .xlsx (numeric cells). Headers may carry OCR damage.
/// </summary>
public static class ResultsTables
{
    public static List<string[]> Rows(Truth truth, int province, int year, Rng rng)
    {
        var criteria = Catalog.CriteriaOf(province);
        var ocr = rng.Chance(0.15);
        var header = new List<string> { "STT", "Đơn vị" };
        header.AddRange(criteria.Select(c => ocr && c.Key == "access" ? "Triếp cận dịch vụ" : c.Names[0]));
        header.Add(ocr ? "Chi số hài lòng" : "Chỉ số hài lòng");
        header.Add("Xếp hạng");
        List<string[]> rows =
        [
            Pad([Phrases.SyntheticLine], header.Count),
            Pad([$"KẾT QUẢ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC ĐỐI VỚI SỰ PHỤC VỤ CỦA CÁC SỞ, BAN, NGÀNH TỈNH {Catalog.Provinces[province].ToUpperInvariant()} NĂM {year}"], header.Count),
            [.. header],
            Pad(["I", "KHỐI SỞ, BAN, NGÀNH"], header.Count),
        ];
        for (var d = 0; d < truth.Departments; d++)
        {
            var row = new List<string> { (d + 1).ToString(CultureInfo.InvariantCulture), Catalog.Departments[d].Name };
            row.AddRange(Enumerable.Range(1, criteria.Count).Select(c => Num(truth.Department(province, d, year, c).Value)));
            var overall = truth.Department(province, d, year, Truth.Overall);
            row.Add(Num(overall.Value));
            row.Add(overall.Rank.ToString(CultureInfo.InvariantCulture));
            rows.Add([.. row]);
        }
        var average = new List<string> { "", "Trung bình khối sở" };
        int[] columns = [.. Enumerable.Range(1, criteria.Count), Truth.Overall];
        average.AddRange(columns.Select(c =>
            Num(Math.Round(Enumerable.Range(0, truth.Departments).Average(d => truth.Department(province, d, year, c).Value), 2))));
        average.Add("");
        rows.Add([.. average]);
        return rows;
    }

    public static string Csv(IReadOnlyList<string[]> rows) =>
        string.Concat(rows.Select(r => string.Join(';', r.Select(c => IsNumber(c) ? c.Replace('.', ',') : Quote(c))) + "\r\n"));

    public static byte[] Xlsx(IReadOnlyList<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                    if (rows[r][c].Length > 0) row.Append(Cell(rows[r][c], c, r + 1));
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = "Ket qua" }));
            book.Workbook.Save();
        }
        return StableZip.Rewrite(stream.ToArray());
    }

    private static Cell Cell(string text, int column, int row)
    {
        var reference = $"{(char)('A' + column)}{row}";
        var numeric = column >= 2 && IsNumber(text);
        return numeric
            ? new Cell { CellReference = reference, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
    }

    private static bool IsNumber(string cell) => decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string Num(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string[] Pad(string[] cells, int width) => [.. cells, .. Enumerable.Repeat("", width - cells.Length)];

    private static string Quote(string cell) => cell.Contains(';') || cell.Contains('"') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
