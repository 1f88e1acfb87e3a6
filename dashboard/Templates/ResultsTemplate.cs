using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Templates;

/// <summary>One row of the template: a department and, when filled, its five criteria, index, rank and remark ('Ghi chú').</summary>
public sealed record TemplateRow(string Unit, IReadOnlyList<decimal?>? Values = null, int? Rank = null, string? Note = null);

/// <summary>
/// An empty Home Affairs results table as XLSX, laid out as the results reader expects it: a title naming the index,
/// year and province; one header row (STT, Đơn vị, the five criteria by name, the index, Xếp hạng, Ghi chú); the section row
/// "I KHỐI SỞ, BAN, NGÀNH"; a row per department; the block average; instructions on a second sheet.
/// </summary>
public static class ResultsTemplate
{
    public static readonly string[] Criteria = [.. Indices.ResultsColumns.Select(c => c.Header)];

    public const string BlockAverage = "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh";

    public static string Title(string province, int year, string index) =>
        $"KẾT QUẢ {Index(index).ResultsTitleVi.ToUpper(VnFormat.Culture)} NĂM {year} CỦA CÁC CƠ QUAN, ĐƠN VỊ TỈNH {province.ToUpper(VnFormat.Culture)}";

    public static string FileName(string province, int year, string index) =>
        $"mau-bang-ket-qua-{(index == "PAR_INDEX" ? "par-index" : "sipas")}-{year}-{Slug(province)}.xlsx";

    public static byte[] Write(string province, int year, string index, IReadOnlyList<TemplateRow> rows)
    {
        string[] header = ["STT", "Đơn vị", .. Criteria, Index(index).ResultsColumnVi, "Xếp hạng", "Ghi chú"];
        var table = new List<IReadOnlyList<object?>>
        {
            new object?[] { Title(province, year, index) },
            header,
            new object?[] { "I", "KHỐI SỞ, BAN, NGÀNH" },
        };
        table.AddRange(rows.Where(r => r.Unit != BlockAverage).Select((r, i) => Row((i + 1).ToString(VnFormat.Culture), r)));
        table.Add(Row("", rows.FirstOrDefault(r => r.Unit == BlockAverage) ?? new TemplateRow(BlockAverage)));
        string[] help =
        [
            "Cách điền mẫu bảng kết quả",
            "Giữ nguyên dòng tiêu đề (chỉ số, năm, tỉnh) và dòng tên cột; thêm hoặc xóa dòng cho đúng danh sách đơn vị được đánh giá.",
            "Điền tỉ lệ phần trăm, ví dụ 88,4 hoặc 88,4%; thứ hạng là số nguyên (1 là cao nhất). Ô không có số liệu để trống.",
            "Cột Ghi chú: nếu số liệu của một dòng chưa chắc chắn, ghi rõ (ví dụ 'Tạm tính', 'Số liệu chưa chính thức', 'Đã làm tròn', 'Xếp hạng theo thứ tự liệt kê'); các số của dòng đó sẽ được đánh dấu ~ kèm lý do.",
            "Các cơ quan ngành dọc: thêm dòng 'II KHỐI CƠ QUAN NGÀNH DỌC' rồi các đơn vị bên dưới.",
            "Lưu tệp rồi tải lên ở trang Tải lên; mỗi số liệu sẽ dẫn về ô của nó trong tệp này.",
        ];
        return Workbook(table, help);
    }

    private static IReadOnlyList<object?> Row(string stt, TemplateRow r) =>
        [stt, r.Unit, .. Enumerable.Range(0, Criteria.Length + 1).Select(i => (object?)(r.Values is { } v && i < v.Count ? v[i] : null)), r.Rank, r.Note];

    private static byte[] Workbook(IReadOnlyList<IReadOnlyList<object?>> table, IReadOnlyList<string> help)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "Kết quả", 1, table, widths: true);
            AddSheet(workbook, "Hướng dẫn", 2, help.Select(h => (IReadOnlyList<object?>)[h]).ToList(), widths: false);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, uint id, IReadOnlyList<IReadOnlyList<object?>> rows, bool widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var i = 0; i < rows.Count; i++)
            data.Append(new Row(rows[i].Select(Cell)) { RowIndex = (uint)i + 1 });
        var columns = new Columns(new Column { Min = 1, Max = 1, Width = widths ? 6 : 120, CustomWidth = true });
        if (widths)
        {
            columns.Append(new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true });
            columns.Append(new Column { Min = 3, Max = 9, Width = 16, CustomWidth = true });
            columns.Append(new Column { Min = 10, Max = 10, Width = 32, CustomWidth = true });
        }
        part.Worksheet = new Worksheet(columns, data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    /// <summary>The index a template is for: the PAR INDEX when asked, else the SIPAS.</summary>
    private static IndexDisplay Index(string index) => Indices.ByCode(index == "PAR_INDEX" ? "PAR_INDEX" : "SIPAS")!;

    private static string Slug(string text) =>
        new string(Analytics.Pipeline.Glossary.Fold.Key(text).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
