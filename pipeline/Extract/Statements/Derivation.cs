using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>
/// A stated change implies last year's figure: 88,4% "tăng 1,47" → 86,93% the year before; rank 9/18 "giảm 4 bậc"
/// → rank 5/18 the year before (a fall of 4 places means last year's rank number was 4 smaller).
/// </summary>
internal static class Derivation
{
    public static Observation? Derive(Observation o, int? comparedYear)
    {
        decimal? value = o.ValuePct is { } v && o.ValueChange is { } c && v - c is >= 0 and <= 100 ? v - c : null;
        var rank = ImpliedRank(o) is { } r && r >= 1 && r <= o.RankOf ? r : (int?)null;
        if (value is null && rank is null) return null;
        return o with
        {
            Year = comparedYear ?? o.Year - 1, ValuePct = value, Rank = rank, RankOf = rank is null ? null : o.RankOf,
            RankChange = null, ValueChange = null, IsDerived = true,
        };
    }

    /// <summary>A message when the stated rank change implies an impossible rank, else null.</summary>
    public static string? ImpliedRankProblem(Observation o) =>
        ImpliedRank(o) is { } r && o.RankOf is { } of && (r < 1 || r > of) ? ExtractMessages.ImpliedRankOutOfRange(r, of) : null;

    private static int? ImpliedRank(Observation o) => o.Rank is { } r && o.RankChange is { } change ? r + change : null;
}
