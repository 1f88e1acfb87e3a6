using System.Globalization;

namespace Analytics.Bench.Synth;

/// <summary>Vietnamese wording of the synthetic documents: numbers, changes, and a bank of task texts in the seeds' register.</summary>
public static class Phrases
{
    public const string SyntheticLine = "TÀI LIỆU TỔNG HỢP (SYNTHETIC) – văn bản sinh tự động để đo hiệu năng, không phải văn bản thật.";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>88.40 → "88,4"; 85.67 → "85,67".</summary>
    public static string Pct(decimal value) => value.ToString("0.##", Vi);

    public static string Rank(Score s, bool twoDigits = false) => $"{(twoDigits ? s.Rank.ToString("00") : s.Rank)}/{s.RankOf}";

    public static string Movement(Score s) => s.Movement switch
    {
        null => "",
        0 => "giữ nguyên thứ hạng",
        > 0 and var m => $"tăng {m} bậc",
        var m => $"giảm {-m} bậc",
    };

    public static string Change(Score s) => s.Change switch
    {
        null => "",
        >= 0 and decimal c => $"tăng {Pct(c)} % so với năm trước",
        decimal c => $"giảm {Pct(-c)} % so với năm trước",
    };

    public static readonly string[] Tasks =
    [
        "Công khai đầy đủ, minh bạch các thông tin về thủ tục hành chính thuộc thẩm quyền giải quyết của {unit} gồm: mẫu đơn, tờ khai, bộ hồ sơ mẫu; thông tin được cung cấp dưới nhiều phương thức, tạo điều kiện thuận lợi cho cá nhân, tổ chức tiếp cận",
        "Đẩy mạnh tuyên truyền về cách thức nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí, đăng ký sử dụng dịch vụ bưu chính công ích; các tiện ích hỗ trợ, giải đáp vướng mắc trực tuyến",
        "Niêm yết thủ tục hành chính trên Trang thông tin điện tử của {unit} và tại Trung tâm Phục vụ hành chính công tỉnh {province} để người dân dễ tiếp nhận, tra cứu",
        "Thực hiện nghiêm việc tiếp nhận và giải quyết hồ sơ theo cơ chế một cửa, một cửa liên thông; hướng dẫn hồ sơ đầu vào, từ chối giải quyết hồ sơ, xin lỗi và hẹn lại thời gian trả kết quả hồ sơ trễ hạn đúng quy định",
        "Bố trí công chức có năng lực, phẩm chất đạo đức, tinh thần trách nhiệm làm việc tại Bộ phận một cửa; thường xuyên nhắc nhở công chức giữ thái độ lịch sự, tôn trọng, hướng dẫn tận tình",
        "Rà soát, cắt giảm thành phần hồ sơ và thời gian giải quyết thủ tục hành chính; đề xuất phương án đơn giản hóa thủ tục hành chính thuộc lĩnh vực quản lý",
        "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn, không để xảy ra tình trạng hồ sơ trễ hạn; công khai kết quả giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
        "Tiếp nhận, xử lý kịp thời các phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và hành vi của công chức; công khai kết quả xử lý theo quy định",
        "Bố trí hòm thư góp ý, số điện thoại đường dây nóng, địa chỉ thư điện tử tại nơi tiếp nhận hồ sơ; tổ chức khảo sát ý kiến người dân định kỳ hằng quý",
        "Cải thiện cơ sở vật chất, trang thiết bị tại Bộ phận một cửa: ghế ngồi chờ, máy lấy số thứ tự, máy tra cứu thông tin, nước uống, biển chỉ dẫn rõ ràng, dễ thấy",
        "Tổ chức đối thoại với doanh nghiệp, người dân để nắm bắt khó khăn, vướng mắc trong giải quyết thủ tục hành chính; kịp thời tháo gỡ theo thẩm quyền",
        "Đánh giá, xếp loại công chức tham gia giải quyết thủ tục hành chính hằng tháng; công chức có từ 10% hồ sơ trễ hạn trở lên thì không được xếp loại hoàn thành tốt nhiệm vụ",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân cung cấp lại giấy tờ đã có trong cơ sở dữ liệu",
        "Phổ biến, quán triệt nội dung kế hoạch đến toàn thể công chức, viên chức, người lao động; gắn trách nhiệm người đứng đầu với kết quả chỉ số hài lòng",
    ];

    public static readonly string[] Results =
    [
        "Các thủ tục hành chính được công khai đầy đủ, kịp thời, dễ tiếp cận, tra cứu",
        "Tỷ lệ hồ sơ trực tuyến toàn trình trên 80%; 100% hồ sơ được giải quyết đúng hạn",
        "Không có phản ánh, kiến nghị về thái độ phục vụ của công chức",
        "Mức độ hài lòng của người dân, tổ chức đạt từ 90% trở lên",
        "Phản ánh, kiến nghị được tiếp nhận và trả lời đúng thời hạn quy định",
    ];

    public static readonly string[] Leads = ["Văn phòng Sở", "Văn phòng Sở chủ trì", "Các phòng chuyên môn thuộc Sở", "Thanh tra Sở", "Bộ phận một cửa"];

    public static readonly string[] Partners =
        ["Các phòng chuyên môn", "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng Sở (Quản trị mạng)", "Các phòng, đơn vị thuộc Sở"];

    public static readonly string[] Timelines = ["Thường xuyên", "Trong năm {year}", "Hằng quý", "Từ Quý I/{year}", "Trước ngày 30/6/{year}"];

    public static string Fill(string template, PlanFacts f) => template
        .Replace("{unit}", f.Department.Name).Replace("{province}", f.Province).Replace("{year}", f.PlanYear.ToString(CultureInfo.InvariantCulture));

    /// <summary>A task description of one to three sentences, like the seeds' table cells.</summary>
    public static string TaskText(Rng rng, PlanFacts f)
    {
        var first = rng.Next(Tasks.Length);
        var n = rng.Between(1, 3);
        return string.Join("; ", Enumerable.Range(0, n).Select(i => Fill(Tasks[(first + 5 * i) % Tasks.Length], f))) + ".";
    }
}
