using System.Collections.Concurrent;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract.Decode;

/// <summary>
/// The fixtures of tests/Fixtures/corpus/pdf and their source texts, each read once per test run with
/// <see cref="DocumentReader.Read"/> (OCR takes seconds a page), and the comparable form of what they yield.
/// </summary>
public static class DecodedFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<Extraction>> Reads = new();

    /// <summary>A file by its path under the repository root ("tests/Fixtures/corpus/pdf/x.pdf", "seeds/002_….txt").</summary>
    public static Extraction Read(string path) => Reads.GetOrAdd(path, p => new Lazy<Extraction>(() =>
        DocumentReader.Read(Path.GetFileName(p), File.ReadAllBytes(Path.Combine(RepoPaths.Root, p))))).Value;

    public const string Pdf = "tests/Fixtures/corpus/pdf/", Dev = "tests/Fixtures/corpus/dev/";

    /// <summary>What the comparison of two readings looks at: the document's metadata, each figure's
    /// unit/year/index/criterion/value/rank, each target, and the tasks' descriptions.</summary>
    public static IReadOnlyList<string> Figures(Extraction x) =>
    [
        $"document {x.Document.Kind} {x.Document.Issuer} {x.Document.Province} {x.Document.Year} {x.Document.Number}",
        .. x.Observations.Select(o => $"figure {o.Unit} ({o.UnitKind}, {o.Province}) {o.Year} {o.IndexCode} {o.Criterion} "
            + $"{o.ValuePct} {o.Rank}/{o.RankOf} {o.RankChange} {o.ValueChange} derived={o.IsDerived} {o.Origin}"),
        .. x.Targets.Select(t => $"target {t.Unit} ({t.UnitKind}, {t.Province}) {t.Year} {t.IndexCode} {t.Criterion} {t.TargetPct} {t.SetBy}"),
        .. x.Tasks.Select(t => $"task {t.Section} {t.Description}"),
    ];

    public static IEnumerable<SourceRef> Sources(Extraction x) =>
        x.Observations.Select(o => o.Source).Concat(x.Targets.Select(t => t.Source));
}
