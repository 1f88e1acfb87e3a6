using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Pipeline.Commands;

namespace Analytics.Tests.Evaluate;

/// <summary>
/// The extraction scored on the development part of the real corpus must not fall below the floors in
/// tests/Fixtures/corpus/thresholds.txt (raised as the extraction improves, never lowered). The held-out part is
/// scored by hand (`analytics eval tests/Fixtures/corpus/holdout`), not here.
/// </summary>
public class CorpusEvalTests
{
    private static readonly string Corpus = RepoPaths.Fixtures("corpus");

    private static Dictionary<string, decimal> Floors() => File.ReadAllLines(Path.Combine(Corpus, "thresholds.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('='))
        .ToDictionary(p => p[0].Trim(), p => decimal.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void Eval_DevelopmentPart_MeetsTheFloors()
    {
        var floors = Floors();
        var output = new StringWriter();
        var status = EvalCommand.Run(Path.Combine(Corpus, "dev"), null, output, floors["recall"], floors["precision"]);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        Assert.True(status == 0, $"{last}\nfloors: recall {floors["recall"]}%, precision {floors["precision"]}%");
        Assert.Matches(@"^eval: recall \d+\.\d% precision \d+\.\d% \(\d+ of \d+ facts found, \d+ false of \d+ emitted\)$", last);
    }

    /// <summary>Texts that state only other indices, approximations, counts or changes yield no figure at all.</summary>
    [Fact]
    public void Eval_TextsWithoutFacts_EmitNothing()
    {
        var output = new StringWriter();
        EvalCommand.Run(Path.Combine(Corpus, "dev"), null, output);
        var noisy = output.ToString().Split('\n')
            .Where(l => Regex.IsMatch(l, @": observations 0/0 found, \d+ false of \d+ · targets 0/0 found") && !l.Contains("false of 0 · targets 0/0 found, 0 false of 0", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(noisy);
    }
}
