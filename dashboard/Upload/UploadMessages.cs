using Analytics.Dashboard.Vietnamese;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Upload;

/// <summary>Every message the upload page shows about a file, in one place.</summary>
public static class UploadMessages
{
    public static string WrongType(string ext) =>
        $"Không nhận loại tệp “{(ext.Length == 0 ? "không có đuôi" : ext)}”: chỉ nhận {string.Join(", ", UploadCheck.Extensions)}.";
    public const string Empty = "Tệp rỗng.";
    public static string TooLarge(long max) => $"Tệp lớn hơn giới hạn {Mb(max)} cho mỗi tệp.";
    public static string TooManyFiles(int max) => $"Mỗi lần chỉ tải lên tối đa {max} tệp; không tệp nào được nạp.";
    public const string NoFiles = "Chưa chọn tệp nào.";
    public static string UnknownProvince(string given) =>
        $"Không có tỉnh “{Clip(given)}” trong danh mục tỉnh, thành phố; không tệp nào được nạp.";
    public static string YearOutOfRange(string given, int first, int last) =>
        $"Năm “{Clip(given)}” không hợp lệ: năm phải là số nguyên từ {first} đến {last}; không tệp nào được nạp.";
    public const string UploadsOff =
        "Máy chủ đang mở ra mạng mà chưa cấu hình khóa tải lên (Analytics:UploadKey), nên không nhận tệp tải lên.";
    public const string WrongKey = "Khóa truy cập không đúng; không tệp nào được nạp.";
    public static string LockedOut(TimeSpan retry) =>
        $"Nhập sai khóa quá nhiều lần; hãy thử lại sau {Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes))} phút.";
    public static string RequestTooLarge(long maxBytes, int maxFiles) =>
        $"Tệp tải lên quá lớn: mỗi tệp tối đa {Mb(maxBytes)}, mỗi lần tối đa {maxFiles} tệp. Không tệp nào được nạp.";
    public static string NotAPackage(string kind) => $"Nội dung không phải tệp {kind} (không phải gói ZIP), dù tên tệp có đuôi này.";
    public static string NotOfKind(string kind) => $"Nội dung không phải tệp {kind}, dù tên tệp có đuôi này.";
    public static string TooManyParts(int n) => $"Gói có {n} phần, quá nhiều cho một văn bản (nghi tệp nén độc hại).";
    public static string UnpacksTooLarge(long max) => $"Khi giải nén, tệp lớn hơn {Mb(max)} (nghi tệp nén độc hại).";
    public static string MissingPart(string kind, string part) => $"Thiếu phần {part} bắt buộc của tệp {kind}.";
    /// <summary>The ZIP library's own reason is English: the page says only what the user can act on.</summary>
    public static string BrokenPackage(string kind) => $"Tệp {kind} bị hỏng: không mở được gói ZIP. Hãy mở và lưu lại tệp rồi tải lên.";
    public static string Binary(long at) => $"Tệp văn bản chứa byte NUL ở vị trí {at}: có vẻ là tệp nhị phân.";
    public static string NotUtf8(int at) => $"Tệp văn bản không phải UTF-8 hợp lệ (byte lỗi ở vị trí {at}). Hãy lưu lại với mã hóa UTF-8.";
    public const string NotUtf16 = "Tệp văn bản có dấu UTF-16 nhưng nội dung không phải UTF-16 hợp lệ. Hãy lưu lại với mã hóa UTF-8.";
    public const string NotLoaded = "Không nạp.";
    public const string Failed = "Không nạp được; cơ sở dữ liệu không thay đổi.";
    public const string Unchanged = "Tệp này đã được nạp trước đây, nội dung không đổi; không có gì thay đổi.";
    public static string Duplicate(string other) => $"Nội dung tệp này trùng với văn bản đã nạp “{Clip(other)}”; không nạp lại lần nữa.";
    public static string AsksToReplace(long before, long after) =>
        $"Đã có văn bản cùng tên (cho {before} số liệu, mục tiêu và nhiệm vụ); tệp mới cho {after}."
        + (after < before ? " Tệp mới cho ÍT hơn bản đang dùng: hãy kiểm tra trước khi thay." : "")
        + " Bản đang dùng sẽ được giữ lại và có thể khôi phục ở trang Dữ liệu. Bấm “Thay thế” để nạp tệp mới.";
    public const string Removed = "Đã gỡ bỏ văn bản cùng mọi số liệu, mục tiêu, nhiệm vụ của nó; bản này được giữ lại và có thể khôi phục.";
    public const string ConfirmRemoval = "Hãy đánh dấu ô xác nhận trước khi gỡ bỏ; văn bản chưa bị gỡ.";
    public const string NotLoadedNow = "Văn bản này hiện không có trong cơ sở dữ liệu.";
    public const string Restored = "Đã khôi phục phiên bản này; bản đang dùng trước đó được giữ lại.";
    public const string CannotRestore = "Không khôi phục được: không còn tệp của phiên bản này, hoặc tệp đã bị thay đổi.";
    public const string PendingGone = "Không còn tệp chờ xác nhận này (đã quá một giờ hoặc đã được xử lý); hãy tải lên lại.";
    public static string QuotaFull(long quota) => $"Thư mục lưu tệp tải lên đã đầy (giới hạn {Mb(quota)}); không nạp. Hãy gỡ bớt văn bản không dùng ở trang Dữ liệu.";
    public static string Skipped(string? why) => why is null ? "Bỏ qua." : PipelineText.Vi(why);

    /// <summary>"Đã nạp: 7 số liệu (1 suy ra từ mức thay đổi) của Gia Lai năm 2023, 7 mục tiêu, 20 nhiệm vụ."</summary>
    public static string Added(Extraction e, bool replaced)
    {
        var derived = e.Observations.Count(o => o.IsDerived);
        var whose = e.Observations.Select(o => $"{o.Unit} năm {o.Year}").Distinct().ToList();
        return (replaced ? "Đã nạp lại (thay bản trước): " : "Đã nạp: ")
            + $"{e.Observations.Count} số liệu{(derived > 0 ? $" ({derived} suy ra từ mức thay đổi)" : "")}"
            + (whose.Count is > 0 and <= 4 ? " của " + string.Join("; ", whose) : whose.Count > 4 ? $" của {whose.Count} đơn vị và năm" : "")
            + $", {e.Targets.Count} mục tiêu, {e.Tasks.Count} nhiệm vụ.";
    }

    /// <summary>A pipeline error or warning about a line, in Vietnamese (the pipeline's own text is English).</summary>
    public static string Error(int line, string message) => line > 0 ? $"Dòng {line}: {PipelineText.Vi(message)}" : PipelineText.Vi(message);
    public static string Warning(int line, string message) => "Lưu ý" + (line > 0 ? $", dòng {line}" : "") + $": {PipelineText.Vi(message)}";

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static string Mb(long bytes) => Vi.Number(bytes / 1024m / 1024m) + " MB";
}
