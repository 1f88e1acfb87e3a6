namespace Analytics.Pipeline.Export.Files;

/// <summary>An export step that could not be done (a missing tool, a failed conversion); the message says what to do.</summary>
public sealed class ExportException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Every message the export stage gives, in one place.</summary>
public static class ExportErrors
{
    public static string ToolMissing(string tool) =>
        $"'{tool}' was not found: PNG export needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).";

    public static string ToolFailed(string tool, int code, string stderr) =>
        $"'{tool}' failed with exit code {code}: {stderr.Trim()}";

    public static string ToolTimedOut(string tool, TimeSpan timeout) => $"'{tool}' did not finish within {timeout.TotalSeconds:0} s.";

    public static string NotPng => "The rasteriser did not return a PNG image.";

    public static string BadWidth(double cm) => $"Print width must be between 2 and 100 cm, got {cm}.";

    public static string NoData(string unit, string province, int year) =>
        $"No figures for '{unit}' ({province}) in {year}: nothing to export.";
}
