using System.Text;
using static Analytics.Bench.Synth.Phrases;

namespace Analytics.Bench.Synth;

/// <summary>
/// A plan in the shape of seed 001 (markdown converted from Word): headings, last year's figures as bullets, a target,
/// and a markdown task table with embedded HTML (&lt;b&gt;, &lt;p&gt;, &lt;ul&gt;&lt;li&gt;, &lt;br&gt;) whose rows are split
/// across page breaks that repeat the header.
/// </summary>
public static class PlanMarkdown
{
    private const string Header = "| STT | Nhiệm vụ, giải pháp | Kết quả/sản phẩm | Tiến độ | Phân công và cách thức thực hiện | Ghi chú |\n|-----|---|---|---|---|---|\n";

    public static string Write(PlanFacts f, Rng rng)
    {
        var sb = new StringBuilder();
        var y = f.MeasuredYear;
        sb.Append($"{SyntheticLine}\n\nSố: {f.Code}\n\n{f.Province}, ngày {f.IssuedOn.Day} tháng {f.IssuedOn.Month} năm {f.PlanYear}\n\n## KẾ HOẠCH\n\n");
        sb.Append($"### Khắc phục các tồn tại, hạn chế, nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của {f.Department.Name} năm {f.PlanYear}\n\n");
        sb.Append($"Căn cứ kết quả Chỉ số hài lòng năm {y} do UBND tỉnh {f.Province} công bố, {f.Department.Name} xây dựng Kế hoạch như sau:\n\n");
        sb.Append($"#### I. KẾT QUẢ NĂM {y}\n\n");
        sb.Append($"- Chỉ số hài lòng của {f.Department.Name} năm {y} đạt **{Pct(f.Overall.Value)}%**, xếp hạng {Rank(f.Overall)}");
        sb.Append(f.Overall.Movement is null ? ".\n\n" : $" ({Movement(f.Overall)}).\n\n");
        foreach (var c in f.Criteria)
        {
            var move = Movement(c.Score);
            sb.Append($"- Tiêu chí {c.Number}: <b>{c.Name}</b> đạt {Pct(c.Score.Value)}% (xếp hạng {Rank(c.Score)}{(move.Length > 0 ? ", " + move : "")});\n\n");
        }
        sb.Append("#### II. MỤC TIÊU, YÊU CẦU\n\n");
        sb.Append($"- Phấn đấu Chỉ số hài lòng của {f.Department.Name} năm {f.PlanYear} đạt từ 90% trở lên.\n\n");
        sb.Append("- Nâng cao vai trò, trách nhiệm của người đứng đầu từng cơ quan, đơn vị trong công tác chỉ đạo, điều hành.\n\n");
        sb.Append("## **III. NHIỆM VỤ, GIẢI PHÁP**\n\n").Append(Header);
        var rows = 0;
        string[] roman = ["I", "II", "III", "IV", "V"];
        foreach (var c in f.Criteria)
        {
            sb.Append($"| <b>{roman[c.Number - 1]}</b> | <b>TIÊU CHÍ {c.Number}: {c.Name.ToUpperInvariant()}</b> |   |  |   |  |\n");
            var tasks = rng.Between(2, 3);
            for (var t = 1; t <= tasks; t++)
            {
                var text = TaskText(rng, f);
                var split = ++rows % 4 == 0 && text.Length > 120;
                var cut = split ? text.LastIndexOf(' ', text.Length / 2) : text.Length;
                sb.Append($"| {t} | {text[..cut]} | <p>{rng.Pick(Results)}</p> | {Fill(rng.Pick(Timelines), f)} | ");
                sb.Append($"<ul><li>- {rng.Pick(Leads)} chủ trì;</li><li>- {rng.Pick(Partners)} phối hợp.</li></ul> |  |\n");
                if (rows % 4 != 0) continue;
                sb.Append('\n').Append(Header);
                if (split) sb.Append($"|  | {text[cut..].Trim()} |  |  |  |  |\n");
            }
        }
        sb.Append($"\n**Nơi nhận:**\n\n- Sở Nội vụ;\n- Lưu: VT, VP.\n\n**GIÁM ĐỐC**\n\n**{f.Signer}**\n");
        return sb.ToString();
    }
}
