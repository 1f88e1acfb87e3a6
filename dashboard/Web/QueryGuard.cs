using System.Globalization;
using System.Text;

namespace Analytics.Dashboard.Web;

/// <summary>
/// Refuses, before any page runs, a query the pages could not read: a page number (<c>…_page</c>) that is not a whole
/// number, or any value with control characters (CR, LF, NUL…). The answer is 400 with a Vietnamese message, and the
/// log line shows the key and value escaped (\u000D), never raw, so a request cannot forge log lines.
/// </summary>
public static class QueryGuard
{
    public static IApplicationBuilder UseQueryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Problem(context.Request.Query) is not { } bad) { await next(context); return; }
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Query")
            .LogWarning("Refused query parameter {Key}={Value} on {Path}", Escape(bad.Key), Escape(bad.Value), Escape(context.Request.Path));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Message(bad.Key), Encoding.UTF8);
    });

    /// <summary>The first key and value the pages could not read, or null.</summary>
    public static (string Key, string Value)? Problem(IQueryCollection query)
    {
        foreach (var (key, values) in query)
            foreach (var value in values)
            {
                var text = value ?? "";
                if (HasControl(key) || HasControl(text)) return (key, text);
                if (key.EndsWith("_page", StringComparison.Ordinal) && text.Length > 0
                    && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    return (key, text);
            }
        return null;
    }

    public static string Message(string key) =>
        $"Địa chỉ có tham số “{Escape(key)}” không hợp lệ (số trang phải là số nguyên dương, không có ký tự điều khiển). Hãy mở lại trang từ thanh điều hướng.";

    /// <summary>Control characters as \uXXXX, at most 100 characters: safe to write to a log or a page.</summary>
    public static string Escape(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").Length > 100 ? text![..100] + "…" : text ?? "")
            sb.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.ToString();
    }

    private static bool HasControl(string text) => text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || text.Contains('\u007F');
}
