namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>What the running-text reader reports (the command line's language; the dashboard translates).</summary>
internal static class NarrativeMessages
{
    /// <summary>The origin of figures read from running text (press reports, decisions, reports, directives).</summary>
    public const string Origin = "narrative";

    public static string ProvinceUnknown(string unit) =>
        $"the province of '{unit}' is not named in the text; give it with --province (or the upload form); skipped";

    public static string ProvinceGiven(string province) =>
        $"the text does not name its province; figures of its units are put on '{province}', as given with the document";

    public const string TargetUnclear = "a target whose unit, index or year cannot be told; skipped";

    public const string TableUnclear = "a row of a ranking table whose index or year measured cannot be told; skipped";
}
