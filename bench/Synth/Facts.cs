namespace Analytics.Bench.Synth;

/// <summary>A criterion as one plan quotes it: its name as written in this plan, and its figures.</summary>
public sealed record QuotedCriterion(int Number, string Key, string Name, Score Score);

/// <summary>
/// What one synthetic plan says: who issues it, for which plan year, last year's figures (overall, five criteria,
/// the province's own SIPAS), the target it sets, and the value its appendix states differently (a conflict), if any.
/// </summary>
public sealed record PlanFacts(
    string Province, int ProvinceIndex, Department Department, int PlanYear, int Edition,
    Score Overall, IReadOnlyList<QuotedCriterion> Criteria, Score ProvinceSipas, decimal ProvinceTarget,
    int Number, DateOnly IssuedOn, string Signer, QuotedCriterion? AppendixConflict, decimal? ConflictValue)
{
    public int MeasuredYear => PlanYear - 1;

    public string Code => $"{Number}/KH-{Department.Abbreviation}";

    public static PlanFacts Build(Truth truth, int seed, int province, int department, int year, int edition)
    {
        var rng = Rng.For(seed, "facts", province, department, year);
        var names = Catalog.CriteriaOf(province);
        var criteria = names.Select((c, i) => new QuotedCriterion(i + 1, c.Key, rng.Chance(0.8) ? c.Names[0] : rng.Pick(c.Names),
            truth.Department(province, department, year, i + 1))).ToList();
        var conflict = rng.Chance(0.1) ? rng.Pick(criteria) : null;
        var conflictValue = conflict is null ? (decimal?)null
            : criteria.Where(c => c != conflict).Select(c => c.Score.Value).FirstOrDefault(v => v != conflict.Score.Value);
        var planYear = year + 1;
        return new PlanFacts(Catalog.Provinces[province], province, Catalog.Departments[department], planYear, edition,
            truth.Department(province, department, year, Truth.Overall), criteria, truth.Province(province, year),
            rng.Pick(new[] { 85m, 86m, 87m, 88m }), rng.Between(12, 3600),
            new DateOnly(planYear, rng.Between(1, 4), rng.Between(1, 28)), rng.Pick(Signers), conflict, conflictValue);
    }

    private static readonly string[] Signers =
        ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Thị Dung", "Hoàng Minh Đức", "Võ Thị Hạnh", "Đặng Văn Khoa"];
}
