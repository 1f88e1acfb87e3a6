namespace Analytics.Pipeline.Export.Files;

/// <summary>An export step that could not be done (a bad width, a damaged image); the message says what to do.</summary>
public sealed class ExportException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Every message the export stage gives, in one place.</summary>
public static class ExportErrors
{
    public static string NotPng => "Not a PNG image (no PNG signature and IHDR chunk).";

    public static string BadWidth(double cm) => $"Print width must be between 2 and 100 cm, got {cm}.";

    public static string NoData(string unit, string province, int year) =>
        $"No figures for '{unit}' ({province}) in {year}: nothing to export.";
}
