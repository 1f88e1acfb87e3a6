using System.Reflection;
using Analytics.Dashboard.Vietnamese;

namespace Analytics.Tests.Dashboard;

/// <summary>Every message of the pipeline's message classes reaches pages in Vietnamese: each is produced with sample
/// arguments and must match a pattern of PipelineText (never the fallback) and read as Vietnamese.</summary>
public sealed class PipelineTextTests
{
    private static readonly string[] Classes =
    [
        "Analytics.Pipeline.Extract.Results.ResultsErrors", "Analytics.Pipeline.Extract.Decode.ReaderMessages",
        "Analytics.Pipeline.Extract.Blocks.BlockMessages", "Analytics.Pipeline.Extract.Statements.ExtractMessages",
        "Analytics.Pipeline.Extract.Narrative.NarrativeMessages",
        "Analytics.Pipeline.Extract.Decode.DecodeMessages", "Analytics.Pipeline.Load.IngestMessages",
    ];

    /// <summary>Every message text the classes can give (constants, properties, methods with sample arguments).</summary>
    public static TheoryData<string, string> Messages()
    {
        var data = new TheoryData<string, string>();
        var assembly = typeof(Analytics.Pipeline.Model.Finding).Assembly;
        foreach (var type in Classes.Select(n => assembly.GetType(n, throwOnError: true)!))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            foreach (var f in type.GetFields(all).Where(f => f.FieldType == typeof(string) && f.Name != "Origin"))
                data.Add($"{type.Name}.{f.Name}", (string)f.GetValue(null)!);
            foreach (var m in type.GetMethods(all).Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.IsPrivate))
                foreach (var (label, text) in Samples(m))
                    data.Add($"{type.Name}.{m.Name}{label}", text);
            foreach (var p in type.GetProperties(all).Where(p => p.PropertyType == typeof(string)))
                data.Add($"{type.Name}.{p.Name}", (string)p.GetValue(null)!);
        }
        return data;
    }

    private static IEnumerable<(string, string)> Samples(MethodInfo m)
    {
        object Sample(ParameterInfo p) => p.ParameterType switch
        {
            var t when t == typeof(string) => p.Name switch
            {
                "ext" => ".pdf", "file" => "ke-hoach.pdf", "notes" => "", "body" => "12", "annex" => "13", _ => "Sở Tư pháp",
            },
            var t when t == typeof(int) => 3,
            var t when t == typeof(int?) => 3,
            var t when t == typeof(long) => 5L * 1048576,
            var t when t == typeof(decimal) => 71.5m,
            var t when t == typeof(TimeSpan) => TimeSpan.FromSeconds(90),
            var t when t == typeof(DateOnly?) => (DateOnly?)new DateOnly(2024, 3, 1),
            var t when t == typeof(IEnumerable<string>) => new[] { ".txt", ".docx", ".pdf" },
            var t => throw new InvalidOperationException($"no sample for {t} in {m.Name}"),
        };
        var args = m.GetParameters().Select(Sample).ToArray();
        yield return ("", (string)m.Invoke(null, args)!);
        // Variants a method gives for other arguments: each picture kind, notes given, no page.
        if (m.Name == "NotOfKind")
            foreach (var ext in new[] { ".doc", ".html", ".png" })
                yield return ($"({ext})", (string)m.Invoke(null, ["a" + ext, ext])!);
        if (m.Name == "NothingToRecord") yield return ("(notes)", (string)m.Invoke(null, ["value not given"])!);
        if (m.Name == "LowConfidence") yield return ("(no page)", (string)m.Invoke(null, ["88,4%", 71.5m, 80m, null])!);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Vi_EveryPipelineMessage_IsVietnamese(string name, string message)
    {
        var vi = PipelineText.Vi(message);
        Assert.False(vi == PipelineText.Unknown, $"{name}: no pattern for “{message}”");
        Assert.True(PipelineText.LooksVietnamese(vi), $"{name}: “{vi}” still reads as English");
    }

    public static TheoryData<string, string> Examples => new()
    {
        { "row gives neither a value nor a rank, nothing to record (notes: value not given; reported as <90%): row kept out of the observations",
          "Dòng không có giá trị lẫn thứ hạng, không có gì để ghi (xem cột ghi chú của dòng trong tệp nguồn): dòng không được đưa vào số liệu." },
        { "the title names no province and none was given: give the province (e.g. --province \"Khánh Hòa\")",
          "Tiêu đề bảng không nêu tỉnh và chưa chọn tỉnh: hãy chọn tỉnh ở trang Tải lên." },
        { "rank 9 is beyond its total 3: row not read", "Hạng 9 lớn hơn tổng số 3: dòng không được đọc." },
        { "something new and English", PipelineText.Unknown },
        { "Tệp rỗng.", "Tệp rỗng." },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Vi_KnownMessages_GiveExactVietnamese(string message, string expected) =>
        Assert.Equal(expected, PipelineText.Vi(message));
}
