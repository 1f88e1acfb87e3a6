using System.Text;
using static Analytics.Bench.Synth.Phrases;

namespace Analytics.Bench.Synth;

/// <summary>
/// A plan's appendix in the shape of seed 000: a tab-separated task table, one section row per criterion quoting last
/// year's figure in its notes cell, task rows with HTML paragraphs, and page breaks that repeat the header and split a
/// row (the continuation has an empty number cell). May quote one criterion differently from the body (a conflict).
/// </summary>
public static class PlanAppendix
{
    private const string Header = "STT\tCông việc\tĐơn vị chủ trì\tCơ quan, đơn vị phối hợp\tThời gian\tKết quả thực hiện trong năm {0}\tGhi chú";
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    public static string Write(PlanFacts f, Rng rng)
    {
        var sb = new StringBuilder();
        var header = string.Format(Header, f.MeasuredYear);
        sb.Append($"{SyntheticLine}\n\n\nPHỤ LỤC\n\n");
        sb.Append($"Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của {f.Department.Name} năm {f.PlanYear}\n\n");
        sb.Append($"(Ban hành kèm theo Kế hoạch số: {f.Code} ngày {f.IssuedOn.Day} tháng {f.IssuedOn.Month} năm {f.PlanYear} của {f.Department.Name})\n\n");
        sb.Append(header).Append('\n');
        var rowsOnPage = 0;
        foreach (var c in f.Criteria)
        {
            var value = c == f.AppendixConflict && f.ConflictValue is { } v ? v : c.Score.Value;
            sb.Append($"{Roman[c.Number - 1]}\tTiêu chí {c.Number}: {c.Name} (Đây là tiêu chí trọng tâm, cần phải có giải pháp khắc phục để đạt tỷ lệ từ 90% trở lên)");
            sb.Append($"\t\t\t\tMức độ hài lòng đạt trên 90%\tNăm {f.MeasuredYear} đạt {Pct(value)}% xếp hạng {Rank(c.Score)}\n");
            var tasks = rng.Between(2, 4);
            for (var t = 1; t <= tasks; t++)
            {
                var text = TaskText(rng, f);
                var split = rowsOnPage >= 3 && text.Length > 120;
                var cut = split ? text.LastIndexOf(' ', text.Length / 2) : text.Length;
                sb.Append($"{t}\t<p>- {text[..cut]}</p>\t{rng.Pick(Leads)}\t<p>- {rng.Pick(Partners)};</p>\t{Fill(rng.Pick(Timelines), f)}\t<p>{rng.Pick(Results)}.</p>\t\n");
                rowsOnPage++;
                if (rowsOnPage < 4) continue;
                sb.Append('\n').Append(header).Append('\n');
                if (split) sb.Append($"\t<i>{text[cut..].Trim()}</i>\t\t\t\t\t\n");
                rowsOnPage = 0;
            }
        }
        return sb.ToString();
    }
}
