using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// A rank whose sentence gives no total takes the one total the document states for its kind of unit: "Trong số 19 cơ
/// quan sở, ban, ngành tỉnh" (a paragraph after "Văn phòng UBND tỉnh … đứng đầu"), "với 21 cơ quan chuyên môn" (a paragraph
/// before "Ban Dân tộc thứ 20"), "Có 11/17 bộ" (the sentence before "Ngân hàng Nhà nước … cao nhất"), or the total another
/// rank of the same kind and year states ("Sở TT&amp;TT xếp thứ 2" beside "cuối bảng trong tổng số 20 đơn vị"). When the
/// document states two totals for a kind (two blocks, two years), none is taken.
/// </summary>
internal static partial class RankTotals
{
    public static List<Observation> Fill(IReadOnlyList<Observation> observations, string folded)
    {
        var stated = Stated(folded);
        var filled = observations.ToList();
        foreach (var group in observations.Select((o, i) => (o, i)).GroupBy(x => (Kind(x.o.UnitKind), x.o.Year)))
        {
            if (group.Key.Item1 is not { } kind) continue;
            // A total written as a count is the document's; it holds for the year its figures of that kind measure, one year only.
            var oneYear = observations.Where(o => Kind(o.UnitKind) == kind).Select(o => o.Year).Distinct().Count() == 1;
            var totals = group.Where(x => x.o.RankOf is not null).Select(x => x.o.RankOf!.Value)
                .Concat(oneYear ? stated.Where(s => s.Kind == kind).Select(s => s.Total) : []).Distinct().ToList();
            if (totals.Count != 1) continue;
            foreach (var (o, i) in group)
                if (o is { Rank: { } rank, RankOf: null } && rank <= totals[0]) filled[i] = o with { RankOf = totals[0] };
        }
        return filled;
    }

    private static string? Kind(string unitKind) => unitKind is "department" or "district" or "vertical_agency" or "ministry" ? unitKind : null;

    private static List<(string Kind, int Total)> Stated(string folded) =>
        Count().Matches(folded).Select(m => (
            m.Groups["dept"].Success ? "department" : m.Groups["dist"].Success ? "district" : m.Groups["vert"].Success ? "vertical_agency" : "ministry",
            int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))).ToList();

    /// <summary>"trong số 19 cơ quan sở, ban, ngành", "có 11/17 bộ", "đối với 18 UBND cấp huyện"; after a bare "với" only a
    /// block's full name ("với 21 cơ quan chuyên môn"): "với 2 sở" is as often a count as a total.</summary>
    [GeneratedRegex(@"\b(?:(?:trong\s+(?:tong\s+)?so|tong\s+so|doi voi|co\s+\d{1,3}\s*\/)\s*(?<n>\d{1,3})\s+(?:(?<vert>(?:co quan|don vi) nganh doc|co quan,? don vi nganh doc)|(?<dept>co quan chuyen mon|(?:co quan\s+)?so,?\s+ban,?\s+nganh|sbn|so|co quan hanh chinh cap tinh)|(?<dist>ubnd cap huyen|(?:ubnd\s+)?(?:cap\s+)?huyen|don vi hanh chinh cap huyen)|(?<min>bo,? (?:co quan ngang bo|nganh)|bo))|\bvoi\s+(?<n>\d{1,3})\s+(?:(?<vert>(?:co quan|don vi) nganh doc)|(?<dept>co quan chuyen mon|(?:co quan\s+)?so,?\s+ban,?\s+nganh)))\b")]
    private static partial Regex Count();
}
