using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Header;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Extract.Tasks;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Plan;

/// <summary>
/// Reads a plan document (its lines, from text, markdown, PDF text or a .docx via <see cref="DocxText"/>) into
/// metadata, observations (with derived last-year figures), targets, tasks and findings. Never throws for bad input:
/// what cannot be read becomes a Finding with file and line. Sha256, Format and Bytes are left for the caller.
/// </summary>
public static class PlanParser
{
    public static Extraction Parse(string sourceFile, IReadOnlyList<string> lines)
    {
        var sink = new ReadSink(sourceFile);
        var blocks = Layout.Build(SourceLines.Read(lines));
        if (blocks.Count == 0)
        {
            sink.Error(1, ExtractMessages.EmptyDocument);
            return Result(sourceFile, null, sink);
        }
        var meta = PlanMetadata.Read(blocks, sink);
        var outline = Outline.Of(blocks.OfType<ParagraphBlock>());
        BodyReader.Read(outline, meta, sink);
        foreach (var table in blocks.OfType<TableBlock>()) TableReader.Read(table, meta, sink);
        SectionTasks.Read(outline, meta, sink);
        if (sink.Observations.Count + sink.Targets.Count + sink.Tasks.Count == 0) sink.Warn(1, ExtractMessages.NoPlanContent);
        return Result(sourceFile, meta, sink);
    }

    private static Extraction Result(string file, PlanMeta? meta, ReadSink sink)
    {
        var document = new DocumentInfo(file, "", meta?.Kind ?? "plan", meta?.Issuer, meta?.Province, meta?.Year,
            meta?.Number, meta?.IssuedOn, "", 0);
        return new Extraction(document,
            sink.Observations.OrderBy(o => o.Source.Line).ToList(),
            DistinctTargets(sink.Targets.OrderBy(t => t.Source.Line)).ToList(),
            sink.Tasks.OrderBy(t => t.Source.Line).ToList(),
            sink.Findings.OrderBy(f => f.Line).ToList());
    }

    /// <summary>The same target stated twice (a heading and its result cell, or two paragraphs) is kept once, first source.</summary>
    private static IEnumerable<Target> DistinctTargets(IEnumerable<Target> targets) =>
        targets.DistinctBy(t => (t.Unit, t.Year, t.IndexCode, t.Criterion, t.TargetPct, t.SetBy));
}
