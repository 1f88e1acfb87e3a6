namespace Analytics.Pipeline.Extract.Statements;

/// <summary>The warning and error texts of what documents state (figures, targets, tasks, the plan's header), in one
/// place; decoding's are in ReaderMessages and DecodeMessages, layout's in BlockMessages, results tables' in ResultsErrors.</summary>
public static class ExtractMessages
{
    public const string EmptyDocument = "the document has no text";
    public const string NoPlanContent = "no figures, targets or tasks were found: is this a SIPAS / PAR INDEX plan?";
    public const string SubDomainTarget = "a target for one field only (\"riêng …\") is not a target for the unit; skipped";
    public const string DeltaWithoutBaseline = "a target stated as a rise has no baseline value to rise from; skipped";
    public const string ChangeWithoutFigure = "a stated change has no figure before it to change; skipped";
    public const string RankWithoutFigure = "a rank or rank change has no figure to belong to; skipped";
    public const string YearUnknown = "the year this figure measures cannot be told; skipped";
    public const string UnitUnknown = "the unit this figure measures cannot be told (no issuer, province or unit named); skipped";

    public static string GroupRowContent(string text) =>
        $"a group heading row also carries text in other columns, kept only here: {text}";

    public static string NumberDisagrees(int bodyLine, string? body, int annexLine, string? annex) =>
        $"the body (line {bodyLine}) gives number {body ?? "(blank)"} but the appendix (line {annexLine}) gives {annex ?? "(blank)"}; the body's is kept";

    public static string DateDisagrees(int bodyLine, DateOnly? body, int annexLine, DateOnly? annex) =>
        $"the body (line {bodyLine}) is dated {Show(body)} but the appendix (line {annexLine}) says {Show(annex)}; the body's is kept";

    public static string CriterionDisagrees(string heading, string headingKey, string written, string writtenKey) =>
        $"the row heading names \"{heading}\" ({headingKey}) but the figure is stated for \"{written}\" ({writtenKey}); read as {writtenKey}";

    public static string PercentOutOfRange(decimal value) => $"{value}% is not a possible index value; skipped";

    public static string RankOutOfRange(int rank, int of) => $"rank {rank} of {of} is not a possible rank; skipped";

    public static string ImpliedRankOutOfRange(int rank, int of) =>
        $"the stated rank change implies last year's rank {rank} of {of}, which is impossible; not derived";

    private static string Show(DateOnly? d) => d?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "(no day)";
}
