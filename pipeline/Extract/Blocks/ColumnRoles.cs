using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>Recognises plan-table header rows ("STT | Công việc | Đơn vị chủ trì | …") and each column's role.</summary>
internal static class ColumnRoles
{
    // Checked in order: "Phân công và cách thức thực hiện" is a method column, not a timeline or lead.
    private static readonly (string Folded, ColumnRole Role)[] Words =
    [
        ("cach thuc", ColumnRole.Method), ("phan cong", ColumnRole.Method),
        ("chu tri", ColumnRole.Lead), ("phoi hop", ColumnRole.Partners),
        ("ket qua", ColumnRole.Result), ("san pham", ColumnRole.Result),
        ("thoi gian", ColumnRole.Timeline), ("tien do", ColumnRole.Timeline), ("thoi han", ColumnRole.Timeline),
        ("ghi chu", ColumnRole.Note),
        ("cong viec", ColumnRole.Description), ("nhiem vu", ColumnRole.Description), ("noi dung", ColumnRole.Description),
        ("hoat dong", ColumnRole.Description), ("giai phap", ColumnRole.Description),
    ];

    private static readonly HashSet<string> NumberNames = ["stt", "tt", "so tt", "so thu tu"];

    public static ColumnRole Of(string cell)
    {
        var folded = Glossary.Fold.Key(TextNormalizer.Clean(cell));
        if (NumberNames.Contains(folded)) return ColumnRole.Number;
        foreach (var (word, role) in Words)
            if (folded.Contains(word, StringComparison.Ordinal)) return role;
        return ColumnRole.Other;
    }

    /// <summary>The header, when <paramref name="cells"/> look like one: a number or task column and at least three known roles.</summary>
    public static TableHeader? Header(int line, IReadOnlyList<string> cells)
    {
        var roles = cells.Select(Of).ToList();
        var known = roles.Count(r => r != ColumnRole.Other);
        if (known < 3 || !(roles.Contains(ColumnRole.Number) || roles.Contains(ColumnRole.Description))) return null;
        if (cells.Any(c => TextNormalizer.Clean(c).Length > 60)) return null;
        return new TableHeader(line, cells.Select(TextNormalizer.Clean).ToList(), roles);
    }

    public static bool SameHeader(TableHeader a, TableHeader b) =>
        a.Roles.Where(r => r != ColumnRole.Other).SequenceEqual(b.Roles.Where(r => r != ColumnRole.Other));
}
