using Analytics.Dashboard.Components.Shared;
using Analytics.Pipeline.Read;

namespace Analytics.Dashboard.Components.Pages.BeforePlanning;

/// <summary>A department with PAR INDEX figures or loaded plans setting PAR INDEX tasks, and those years (oldest first).</summary>
public sealed record ParPlan(string Unit, IReadOnlyList<int> Years)
{
    public const string Index = "PAR_INDEX";

    /// <summary>The departments of a province with PAR INDEX plans (from the filter lists' choices), in Vietnamese order.</summary>
    public static IReadOnlyList<ParPlan> Of(IReadOnlyList<UnitChoice> choices, string? province) => choices
        .Where(c => c.IndexCode == Index && c.UnitKind == "department" && c.Province == province)
        .GroupBy(c => c.Unit).OrderBy(g => g.Key, UnitSelection.ViOrder)
        .Select(g => new ParPlan(g.Key, g.Select(c => c.Year).Distinct().Order().ToList())).ToList();
}
