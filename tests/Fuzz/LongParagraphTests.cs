using Analytics.Pipeline.Sequence;
using System.Text;
using Analytics.Fuzz;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Fuzz;

/// <summary>
/// Issue 14's long fuzz run: texts within the 2 MB limit whose paragraph repeats a span of a real document (the "repeat"
/// mutation) took minutes to read — every province name (2 min) and every number (17 s) scanned all the text before it,
/// every index the text after each rank pending (past 10 min); the second long run's 1 MB texts took 5–15 s: every token
/// looked past all the brackets after it, every "Sở …" copied the text after it, every index passed over every rank pending —
/// and 9.8 GB to ingest (each of thousands of warnings stored the whole paragraph). Rebuilt here from the documents and
/// spans of the cases that were slow; the time is the processor time of the test's own thread.
/// </summary>
public class LongParagraphTests
{
    /// <summary>The cases take 0.5–1.9 s of processor time each (2026-12-03, load 20 on 2 cores), the first run 4.4 s with
    /// the reader's start-up; they took 5–15 s before the second long fuzz run's hangs were mended.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(6);

    public static TheoryData<string, string, string> Cases => new()
    {
        { "a province name in each span", "dev/d08-gialai-sipas-par-2022.txt", "tại Hà Nội, Ban Chỉ đạo Cải cách " },
        { "numbers in a sentence without end", "dev/d10-daklak-par-2017.txt", "giảm 17 bậc về thứ hạng so với năm 2016 do nhiều nội dung đánh giá " },
        { "thousands of warnings about one paragraph", "holdout/a14-haiphong-par-2024-baomoi.txt", "thành đạt từ 80% đến dưới 90%; nhóm B gồm 50 tỉnh, " },
        { "an index after thousands of ranks", "holdout/c11-kiengiang-par-sipas-2022.txt", "sự phục vụ của cơ quan nhà nước (SIPAS) đạt 81,10%, xếp thứ 24/63, " },
        { "thousands of indices on one line (each looked for its brackets from the line's start)", "dev/a18-namdinh-par-sipas-2021.txt", "của Ban Chỉ đạo Cải cách hành chính của Chính phủ, năm 2021, Chỉ số Cải cách hành chính (Par Index) tỉnh Nam Định đạt 86,4%, xếp th" },
        { "40,000 brackets opened in a row (each looked past all the brackets after it)", "dev/b01-thanhhoa-par-sobannganh-2023.txt", "Hóa (Ảnh minh họa" },
        { "thousands of departments on one line (each copied the text after it)", "dev/d06-tayninh-cchc-so-huyen-2023.txt", "3 Sở Thông tin và Truyền thông 100 94.43 94.43% Tốt " },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Ingest_ParagraphRepeatingASpan_TakesSecondsAndStoresShortFindingTexts(string what, string document, string span)
    {
        using var tmp = RepoPaths.Temp();
        var path = tmp.File("repeat.txt");
        var text = File.ReadAllText(Path.Combine(RepoPaths.Fixtures("corpus"), document));
        var at = text.IndexOf(span[..Math.Min(20, span.Length)], StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        File.WriteAllText(path, text.Insert(at, string.Concat(Enumerable.Repeat(span, 1_000_000 / Encoding.UTF8.GetByteCount(span)))));
        Assert.InRange(new FileInfo(path).Length, 1_000_000, DocumentReader.MaxTextBytes);
        using var db = Stages.OpenForWrite(tmp.File("a.duckdb"));
        using var con = db.Connect();
        var thread = ThreadClock.CurrentId();
        var before = ThreadClock.Used(thread);
        Stages.IngestFile(con, path);
        Assert.True(ThreadClock.Used(thread) - before < Limit, $"{what}: {ThreadClock.Used(thread) - before} of processor time");
        Assert.InRange(con.Scalar<long?>("SELECT max(length(text)) FROM raw_findings") ?? 0, 0, Snippet.Max);
    }
}
