using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>A rank computed from the values of a complete peer group (ties share the better rank), of PeerN units.</summary>
public sealed record ComputedRank(Observation Observation, int Rank, int PeerN);

public sealed record PeerCheck(IReadOnlyList<ComputedRank> Ranks, IReadOnlyList<Finding> Disagreements);

/// <summary>
/// Peer groups of one source file: same province, unit kind, index, year and criterion. A group is complete when it
/// holds every unit of its kind that the file lists for that province, index and year (at least two), each with a
/// value, and no published rank or total says there are more. Only then are ranks computed and compared.
/// </summary>
public static class PeerGroups
{
    public static PeerCheck Check(IEnumerable<Observation> observations)
    {
        var rankable = observations.Where(o => o.UnitKind is not Units.NationalKind && !o.UnitKind.EndsWith("_average", StringComparison.Ordinal)).ToList();
        var unitsListed = rankable.GroupBy(o => (o.Source.File, o.Province, o.UnitKind, o.IndexCode, o.Year))
            .ToDictionary(g => g.Key, g => g.Select(o => o.Unit).Distinct().Count());
        var ranks = new List<ComputedRank>();
        var disagreements = new List<Finding>();
        foreach (var group in rankable.GroupBy(o => (o.Source.File, o.Province, o.UnitKind, o.IndexCode, o.Year, o.Criterion)))
        {
            var members = group.ToList();
            var n = unitsListed[(group.Key.File, group.Key.Province, group.Key.UnitKind, group.Key.IndexCode, group.Key.Year)];
            if (!Complete(members, n)) continue;
            foreach (var o in members)
            {
                var computed = 1 + members.Count(x => x.ValuePct > o.ValuePct);
                ranks.Add(new ComputedRank(o, computed, n));
                if (o.Rank is { } published && published != computed)
                    disagreements.Add(new Finding(o.Source.File, o.Source.Line, Severities.Warning,
                        ResultsErrors.RankDisagrees(o.Unit, Criteria.NameVi(o.Criterion), published, computed, n), o.Source.Text));
            }
        }
        return new PeerCheck(ranks, disagreements);
    }

    private static bool Complete(IReadOnlyList<Observation> members, int n) =>
        n >= 2 && members.Count == n && members.Select(o => o.Unit).Distinct().Count() == n
        && members.All(o => o.ValuePct is not null && (o.Rank is null || o.Rank <= n) && (o.RankOf is null || o.RankOf == n));
}
