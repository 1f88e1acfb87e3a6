using System.Text;

namespace Analytics.Dashboard.Web;

/// <summary>
/// Runs renders (PNG charts, report packs) at most <paramref name="max"/> at a time, each off the request's thread; a
/// request that finds no free slot within <paramref name="wait"/> gets a 503 in Vietnamese (issue 14: renders were
/// made without bound under concurrency).
/// </summary>
internal sealed class RenderGate(int max, TimeSpan wait)
{
    public const string Busy = "Máy chủ đang bận tạo biểu đồ và gói báo cáo; hãy thử lại sau ít giây.";

    private readonly SemaphoreSlim slots = new(max, max);

    public async Task<IResult> Run(Func<IResult> render, CancellationToken cancel)
    {
        if (!await slots.WaitAsync(wait, cancel))
            return Results.Text(Busy, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        try { return await Task.Run(render, cancel); }
        finally { slots.Release(); }
    }
}
