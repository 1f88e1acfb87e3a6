using System.Text;
using static Analytics.Bench.Synth.Phrases;

namespace Analytics.Bench.Synth;

/// <summary>
/// A plan's body in the shape of seed 002 (text extracted from Word): number and place-date lines, "KẾ HOẠCH" and its
/// title, last year's overall index with rank, change and the province's assigned target, the five criteria as a
/// list with ranks and stated movements, the target for the plan year; the tasks are in the appendix.
/// </summary>
public static class PlanBody
{
    public static string Write(PlanFacts f, Rng rng)
    {
        var sb = new StringBuilder();
        var y = f.MeasuredYear;
        sb.Append($"{SyntheticLine}\n\n\nSố: {f.Code}\n\n{f.Province}, ngày {f.IssuedOn.Day} tháng {f.IssuedOn.Month} năm {f.PlanYear}\n\nKẾ HOẠCH\n\n");
        sb.Append($"Thực hiện các giải pháp nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của {f.Department.Name} năm {f.PlanYear}\n\n");
        sb.Append($"Căn cứ Quyết định số {rng.Between(100, 4000)}/QĐ-UBND ngày {rng.Between(1, 28)}/12/{y} của UBND tỉnh {f.Province} ban hành Kế hoạch cải cách hành chính tỉnh {f.Province} năm {f.PlanYear}; ");
        sb.Append($"{f.Department.Name} ban hành Kế hoạch thực hiện nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của {f.Department.Name} năm {f.PlanYear} gồm các nội dung như sau:\n\n");
        sb.Append("I. ĐÁNH GIÁ CÁC CHỈ SỐ THÀNH PHẦN.\n\n");
        sb.Append($"Căn cứ Báo cáo số {rng.Between(100, 900)}/BC-SNV ngày {rng.Between(1, 28)}/{rng.Between(1, 3)}/{f.PlanYear} của Sở Nội vụ về chỉ số hài lòng các sở, ngành thuộc tỉnh năm {y}, ");
        sb.Append($"kết quả Chỉ số hài lòng của {f.Department.Name} đạt **{Pct(f.Overall.Value)}%**");
        if (f.Overall.Change is not null) sb.Append($" ({Change(f.Overall)})");
        sb.Append($", **đứng thứ {Rank(f.Overall, twoDigits: true)}** của khối sở, ban, ngành");
        sb.Append(f.Overall.Value >= f.ProvinceTarget
            ? $" (vượt chỉ tiêu UBND tỉnh giao trong năm {y} là {Pct(f.ProvinceTarget)}%).\n\n"
            : $" (chưa đạt chỉ tiêu UBND tỉnh giao trong năm {y} là {Pct(f.ProvinceTarget)}%).\n\n");
        sb.Append($"Các tiêu chí thành phần của chỉ số hài lòng {f.Department.Name} năm {y}, cụ thể như sau:\n\n");
        string[] roman = ["i", "ii", "iii", "iv", "v"];
        foreach (var c in f.Criteria)
        {
            var move = Movement(c.Score);
            sb.Append($"- ({roman[c.Number - 1]}) Tiêu chí {c.Number}: {c.Name} đạt {Pct(c.Score.Value)}% (xếp hạng {Rank(c.Score)}");
            sb.Append(move.Length > 0 ? $", **{move}**);\n" : ");\n");
        }
        sb.Append($"\nNhằm đạt được chỉ tiêu mức độ hài lòng đối với sự phục vụ của {f.Department.Name} đạt trên 90% trong năm {f.PlanYear}, ");
        sb.Append($"{f.Department.Name} xây dựng Kế hoạch thực hiện các giải pháp như sau:\n\n");
        sb.Append("II. MỤC ĐÍCH, YÊU CẦU.\n\n1. Mục đích\n\n");
        sb.Append($"- Tiếp tục tạo sự chuyển biến mạnh mẽ, nâng cao ý thức trách nhiệm, tinh thần phục vụ Nhân dân của công chức, người lao động của {f.Department.Name}.\n\n");
        sb.Append("- Xây dựng các giải pháp hiệu quả để khắc phục ngay những tồn tại, hạn chế, cải thiện mức độ hài lòng đối với các tiêu chí chưa đạt.\n\n");
        sb.Append("2. Yêu cầu\n\n- Triển khai thực hiện nghiêm túc, đồng bộ, hiệu quả các nhiệm vụ, giải pháp đề ra tại Kế hoạch này và bám sát tình hình thực tế.\n\n");
        sb.Append("III. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN.\n\n(Theo phụ lục đính kèm)\n\nIV. TỔ CHỨC THỰC HIỆN.\n\n");
        sb.Append("1. Trên cơ sở các nhiệm vụ, giải pháp của Kế hoạch này, lãnh đạo các phòng, đơn vị thuộc Sở chủ động tham mưu thực hiện các nội dung đảm bảo chất lượng, tiến độ thực hiện.\n\n");
        sb.Append("2. Văn phòng Sở có trách nhiệm theo dõi, tổng hợp báo cáo tình hình kết quả thực hiện Kế hoạch này./.\n\n");
        sb.Append("Nơi nhận: (VBĐT)\n\n- Các phòng, đơn vị thuộc Sở;\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Lưu VT, VP.\n\n");
        sb.Append($"GIÁM ĐỐC\n\n{f.Signer}\n");
        return sb.ToString();
    }
}
