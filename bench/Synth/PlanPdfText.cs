using System.Text;
using static Analytics.Bench.Synth.Phrases;

namespace Analytics.Bench.Synth;

/// <summary>
/// A plan in the shape of seed 004 (text extracted from PDF): hard line breaks mid-sentence with blank lines between,
/// legacy ƣ glyphs, the province's own SIPAS quoted with its national rank, and numbered task sections per criterion
/// ("2.3. … a) Mục tiêu, yêu cầu: … tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,19%) b) … c) … d) …").
/// </summary>
public static class PlanPdfText
{
    public static string Write(PlanFacts f, Rng rng)
    {
        var y = f.MeasuredYear;
        var paragraphs = new List<string>
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            $"Số: {f.Code} {f.Province}, ngày {f.IssuedOn.Day} tháng {f.IssuedOn.Month} năm {f.PlanYear}",
            "KẾ HOẠCH",
            $"Thực hiện các giải pháp nhằm góp phần khắc phục, cải thiện và nâng cao Chỉ số hài lòng của người dân đối với sự phục vụ của {f.Department.Name} năm {f.PlanYear}",
            $"Thực hiện Kế hoạch số {rng.Between(100, 3000)}/KH-UBND của Ủy ban nhân dân tỉnh {f.Province} về khắc phục tồn tại, hạn chế và cải thiện, nâng cao Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh {f.Province} năm {f.PlanYear}. {f.Department.Name} xây dựng kế hoạch như sau:",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
            ProvinceSentence(f),
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "1. Thực hiện các giải pháp cải thiện, nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (Chỉ số SIPAS)",
        };
        foreach (var c in f.Criteria)
        {
            paragraphs.Add($"1.{c.Number}. Mức độ hài lòng của người dân đối với {c.Name.ToLowerInvariant()}");
            paragraphs.Add(Target(c, y));
            paragraphs.Add($"b) Nhiệm vụ, giải pháp: {TaskText(rng, f)}");
            paragraphs.Add("c) Phân công trách nhiệm");
            paragraphs.Add($"- Cơ quan chủ trì: {rng.Pick(Leads)}.");
            paragraphs.Add($"- Cơ quan phối hợp thực hiện: {rng.Pick(Partners)}.");
            paragraphs.Add($"d) Thời gian thực hiện/hoàn thành: Trong năm {f.PlanYear} và những năm tiếp theo.");
        }
        paragraphs.Add("III. TỔ CHỨC THỰC HIỆN");
        paragraphs.Add("Các phòng, đơn vị thuộc Sở căn cứ nội dung Kế hoạch này tổ chức triển khai thực hiện; định kỳ báo cáo kết quả về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở.");
        paragraphs.Add($"GIÁM ĐỐC {f.Signer}");
        var sb = new StringBuilder(SyntheticLine + " \n\n");
        var width = rng.Between(70, 82);
        foreach (var p in paragraphs) sb.Append(Noise.HardWrap(p, width));
        return Noise.LegacyGlyphs(sb.ToString(), rng, 0.6);
    }

    // "tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,19%)" as seed 004 writes it; near the top, a level to keep instead.
    private static string Target(QuotedCriterion c, int year)
    {
        var name = c.Name.ToLowerInvariant();
        var step = Math.Min(2, (int)Math.Floor(99.5m - c.Score.Value));
        return step >= 1
            ? $"a) Mục tiêu, yêu cầu: Mức độ hài lòng của người dân đối với {name} tăng ít nhất {step}% so với năm {year} (năm {year} là {Pct(c.Score.Value)}%)."
            : $"a) Mục tiêu, yêu cầu: Mức độ hài lòng của người dân đối với {name} duy trì đạt từ 95% trở lên (năm {year} là {Pct(c.Score.Value)}%).";
    }

    private static string ProvinceSentence(PlanFacts f)
    {
        var p = f.ProvinceSipas;
        var move = Movement(p);
        return $"Năm {f.MeasuredYear}, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh {f.Province} đạt {Pct(p.Value)}%, xếp thứ {Rank(p)} cả nước{(move.Length > 0 ? $" ({move})" : "")}; Chỉ số hài lòng của {f.Department.Name} đạt {Pct(f.Overall.Value)}%, xếp hạng {Rank(f.Overall)} khối sở, ban, ngành.";
    }
}
