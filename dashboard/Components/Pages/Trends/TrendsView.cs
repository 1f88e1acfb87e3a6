using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Read;

namespace Analytics.Dashboard.Components.Pages.Trends;

/// <summary>A unit over the years and its peers' ranks, for a URL's filters.</summary>
public sealed record TrendsView(UnitSelection Sel, string Criterion, TrendsModel? Model)
{
    public static TrendsView Build(DashboardQueries q, Filters f)
    {
        var sel = UnitSelection.Resolve(q.UnitChoices(), f.Index, f.Province, f.Unit, null);
        var criterion = f.Criterion is { Length: > 0 } c && Criteria.Keys.Contains(c) ? c : "overall";
        return new(sel, criterion, sel.Unit is null ? null : TrendsModel.Load(q, sel, criterion)) { Doubts = q.Doubts() };
    }

    /// <summary>What else makes a figure doubtful (conflict, OCR, its source's remark), for the charts' marks.</summary>
    public Doubts Doubts { get; init; } = Doubts.None;

    public bool IsEmpty => Model is null || Model.Unit.Count == 0;

    public Filters Shown => Filters.Of(Sel.Province, Sel.Unit, null, Sel.Index, Criterion);

    /// <summary>The trend lines need two years or more, the rank chart a unit ranked in two years or more.</summary>
    public IReadOnlyList<NamedChart> Charts(DateOnly date) => IsEmpty ? [] : new[]
    {
        Model!.Years.Count >= 2 ? PageCharts.Trend(Model, Sel.Unit, Sel.Province, Sel.Index, date, Doubts) : null,
        Model.RankedUnits.Any(u => Model.RankYears.Count(y => Model.PeerCell(u, y)?.Rank is not null) >= 2)
            ? PageCharts.Ranks(Model, Sel.Unit, Sel.Province, Criterion, date, Doubts) : null,
    }.OfType<NamedChart>().ToList();
}
