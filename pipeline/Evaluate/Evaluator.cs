using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Evaluate;

/// <summary>
/// Ingests every document of a corpus folder that has a facts file (`x.txt` beside `x.facts.tsv`), each with the
/// metadata its facts header says a user would give, into one database, then scores what was loaded against the facts.
/// </summary>
public static class Evaluator
{
    public const string FactsSuffix = ".facts.tsv";

    public sealed record Corpus(IReadOnlyList<(string Document, FactsFile Facts)> Documents, IReadOnlyList<FactsProblem> Problems);

    public static Corpus Find(string dir)
    {
        var docs = new List<(string, FactsFile)>();
        var problems = new List<FactsProblem>();
        foreach (var factsPath in Directory.EnumerateFiles(dir, "*" + FactsSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = factsPath[..^FactsSuffix.Length];
            var documents = Directory.EnumerateFiles(Path.GetDirectoryName(factsPath)!, Path.GetFileName(stem) + ".*")
                .Where(p => !p.EndsWith(FactsSuffix, StringComparison.Ordinal)).ToList();
            if (documents.Count != 1) { problems.Add(new(factsPath, 0, $"expected one document named {Path.GetFileName(stem)}.*, found {documents.Count}")); continue; }
            var (facts, factsProblems) = FactsReader.Read(factsPath);
            problems.AddRange(factsProblems);
            docs.Add((documents[0], facts));
        }
        return new Corpus(docs, problems);
    }

    public static IReadOnlyList<DocumentScore> Run(Corpus corpus, DuckDbConnection con)
    {
        var outcomes = corpus.Documents.Select(d => Ingestor.IngestFile(con, d.Document, null, Defaults(d.Facts))).ToList();
        return corpus.Documents.Zip(outcomes, (d, o) =>
        {
            var name = Path.GetFileName(d.Document);
            var emitted = o.Failed ? [] : con.Query(Sql.Load("Evaluate/emitted.sql"), Row, name);
            var refusal = o.Failed ? string.Join("; ", o.Problems.Select(p => p.Message)) : null;
            return Scoring.Score(name, d.Facts.Facts, emitted, refusal);
        }).ToList();
    }

    private static ResultsDefaults? Defaults(FactsFile facts) =>
        facts.MetaProvince is null && facts.MetaIssuer is null ? null
            : new ResultsDefaults(Province: facts.MetaProvince is { } p ? Units.MatchProvince(p) ?? p : null, Issuer: facts.MetaIssuer);

    private static Emitted Row(DuckDbRow r) => new(new Fact(r.String(0)!, r.Int(1) ?? 0, r.String(2)!, r.String(3)!, r.String(4),
        r.Int(5) ?? 0, r.String(6)!, r.String(7)!, r.Decimal(8), r.Int(9), r.Int(10), r.Int(11)), r.String(12) ?? "");
}
