using System.Globalization;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract;

/// <summary>The figures the seeds state, asserted one by one (checked against the seed texts), beside the goldens.</summary>
public class SeedFiguresTests
{
    private const string Sct002 = "002_cafea9ff515821b6";
    private const string Annex000 = "000_3bc385bdad3b4eff";
    private const string GiaLai004 = "004_eff36063a9686b3b";
    private const string Skhdt003 = "003_6349143c1c6dfa22";
    private const string Par001 = "001_ad5c23cb879ea52c";

    private static readonly Dictionary<string, Extraction> Parsed = new();

    private static Extraction Seed(string name)
    {
        lock (Parsed)
        {
            if (!Parsed.TryGetValue(name, out var e))
                Parsed[name] = e = PlanParser.Parse(name + ".txt", File.ReadAllLines(Path.Combine(RepoPaths.Seeds, name + ".txt")));
            return e;
        }
    }

    // seed, unit, year, criterion, "value rank/of rankChange valueChange", derived, line
    public static TheoryData<string, string, int, string, string, bool, int> Observations => new()
    {
        { Sct002, "Sở Công Thương", 2024, "overall", "88.4 7/18 - 1.47", false, 15 },
        { Sct002, "Sở Công Thương", 2023, "overall", "86.93 - - -", true, 15 },
        { Sct002, "Sở Công Thương", 2024, "access", "85.67 9/18 -4 -", false, 19 },
        { Sct002, "Sở Công Thương", 2023, "access", "- 5/18 - -", true, 19 },
        { Sct002, "Sở Công Thương", 2024, "reception", "88.57 6/18 2 -", false, 20 },
        { Sct002, "Sở Công Thương", 2024, "civil_servants", "89.78 10/18 -3 -", false, 21 },
        { Sct002, "Sở Công Thương", 2024, "results", "90.61 11/18 -3 -", false, 22 },
        { Sct002, "Sở Công Thương", 2024, "feedback", "87.39 6/18 5 -", false, 23 },
        { Annex000, "Sở Công Thương", 2024, "access", "85.67 9/18 - -", false, 10 },
        { Annex000, "Sở Công Thương", 2024, "reception", "88.57 - - -", false, 20 },
        { Annex000, "Sở Công Thương", 2024, "results", "89.78 - - -", false, 38 },
        { Annex000, "Sở Công Thương", 2024, "feedback", "89.78 - - -", false, 43 },
        { GiaLai004, "Gia Lai", 2023, "policy_accountability", "83.26 - - -", false, 564 },
        { GiaLai004, "Gia Lai", 2023, "policy_participation", "82.95 - - -", false, 595 },
        { GiaLai004, "Gia Lai", 2023, "access", "84.19 - - -", false, 643 },
        { GiaLai004, "Gia Lai", 2023, "procedures", "84.09 - - -", false, 674 },
        { GiaLai004, "Gia Lai", 2023, "civil_servants", "84.9 - - -", false, 714 },
        { GiaLai004, "Gia Lai", 2023, "results", "84.2 - - -", false, 757 },
        { GiaLai004, "Gia Lai", 2023, "feedback", "84.2 - - -", false, 807 },
    };

    [Theory, MemberData(nameof(Observations))]
    public void Seed_StatedFigure_Read(string seed, string unit, int year, string criterion, string figure, bool derived, int line)
    {
        var matches = Seed(seed).Observations
            .Where(o => o.Unit == unit && o.Year == year && o.Criterion == criterion && o.IsDerived == derived).ToList();
        var o = Assert.Single(matches);
        Assert.Equal((figure, line, "SIPAS"), (Show(o), o.Source.Line, o.IndexCode));
    }

    // seed, unit, year, index, criterion, target, set by
    public static TheoryData<string, string, int, string, string, string, string> Targets => new()
    {
        { Sct002, "Sở Công Thương", 2025, "SIPAS", "overall", "90", "plan" },
        { Sct002, "Sở Công Thương", 2024, "SIPAS", "overall", "87", "province" },
        { Annex000, "Sở Công Thương", 2025, "SIPAS", "access", "90", "plan" },
        { Annex000, "Sở Công Thương", 2025, "SIPAS", "feedback", "90", "plan" },
        { GiaLai004, "Gia Lai", 2024, "SIPAS", "policy_accountability", "85.26", "plan" },
        { GiaLai004, "Gia Lai", 2024, "SIPAS", "access", "86.19", "plan" },
        { GiaLai004, "Gia Lai", 2024, "SIPAS", "civil_servants", "86.9", "plan" },
        { GiaLai004, "Gia Lai", 2024, "SIPAS", "feedback", "86.2", "plan" },
        { Skhdt003, "Sở Kế hoạch và Đầu tư", 2023, "SIPAS", "overall", "85", "plan" },
        { Skhdt003, "Sở Kế hoạch và Đầu tư", 2023, "SIPAS", "procedures", "90", "plan" },
        { Skhdt003, "Sở Kế hoạch và Đầu tư", 2023, "PAR_INDEX", "overall", "85", "plan" },
        { Par001, "Sở Công Thương", 2024, "SIPAS", "overall", "87", "plan" },
    };

    [Theory, MemberData(nameof(Targets))]
    public void Seed_Target_Read(string seed, string unit, int year, string index, string criterion, string pct, string setBy)
    {
        var t = Assert.Single(Seed(seed).Targets, t => t.Unit == unit && t.Year == year && t.IndexCode == index && t.Criterion == criterion);
        Assert.Equal((pct, setBy), (t.TargetPct.ToString(CultureInfo.InvariantCulture), t.SetBy));
    }

    // seed, observations, derived, targets, tasks, warnings
    public static TheoryData<string, int, int, int, int, int> Counts => new()
    {
        { Annex000, 5, 0, 5, 16, 1 },
        { Par001, 0, 0, 1, 39, 0 },
        { Sct002, 6, 6, 2, 0, 0 },
        { Skhdt003, 0, 0, 3, 16, 8 },
        { GiaLai004, 7, 0, 7, 20, 0 },
    };

    [Theory, MemberData(nameof(Counts))]
    public void Seed_Counts(string seed, int observations, int derived, int targets, int tasks, int warnings)
    {
        var e = Seed(seed);
        Assert.Equal((observations, derived, targets, tasks, warnings, false),
            (e.Observations.Count(o => !o.IsDerived), e.Observations.Count(o => o.IsDerived), e.Targets.Count, e.Tasks.Count,
             e.Findings.Count(f => f.Severity == Severities.Warning), e.Failed));
    }

    private static string Show(Observation o) => string.Join(" ",
        o.ValuePct?.ToString(CultureInfo.InvariantCulture) ?? "-", o.Rank is null ? "-" : $"{o.Rank}/{o.RankOf}",
        o.RankChange?.ToString(CultureInfo.InvariantCulture) ?? "-", o.ValueChange?.ToString(CultureInfo.InvariantCulture) ?? "-");
}
