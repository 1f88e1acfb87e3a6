using System.Text.Encodings.Web;
using System.Text.Json;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract;

/// <summary>The golden-file form of an extraction: indented, snake_case, Vietnamese unescaped, "\n" line ends.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(Extraction extraction) =>
        JsonSerializer.Serialize(extraction, Options).Replace("\r\n", "\n") + "\n";
}
