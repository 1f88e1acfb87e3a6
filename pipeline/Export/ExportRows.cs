using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Export;

/// <summary>What to export: a unit (a province's name for its own index), its province, the year, the index.</summary>
public sealed record ExportRequest(string Unit, string Province, int Year, string IndexCode = "SIPAS");

/// <summary>
/// Everything the export reads for one unit, through the read layer: the unit's figures of the index (every year), its
/// peers' figures up to the year (the unit included), its weak criteria of the year, the documents by file, and what
/// makes figures doubtful. The charts' selections of them are below, pure.
/// </summary>
public sealed record ExportData(
    ExportRequest Request,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Figure> PeerFigures,
    IReadOnlyList<WeakCriterion> Weak,
    IReadOnlyDictionary<string, DocumentRow>? Documents = null,
    Doubts? Doubts = null)
{
    /// <summary>The data of one request; <paramref name="doubts"/>: as read once by the caller for the data version, else
    /// read here.</summary>
    public static ExportData Read(DuckDbConnection con, ExportRequest q, Doubts? doubts = null) => new(q,
        FigureReads.OfUnit(con, q.Unit, q.Province, q.IndexCode), FigureReads.OfPeers(con, q.Unit, q.Province, q.Year, q.IndexCode),
        FigureReads.WeakOfUnit(con, q.Unit, q.Province, q.Year, q.IndexCode), SourceReads.DocumentsByFile(con),
        doubts ?? Pipeline.Read.Doubts.Read(con));

    /// <summary>One bar per criterion the unit has a value for in any year, its peers have this year, or it is ranked on
    /// this year, in key order: the unit's figure of the year when it has a value (else null: drawn as missing).</summary>
    public IReadOnlyList<(string Criterion, Figure? Figure)> Bars =>
        PeerFigures.Where(f => f.Year == Request.Year && f.ValuePct is not null).Select(f => f.Criterion)
            .Concat(Figures.Where(f => f.ValuePct is not null).Select(f => f.Criterion))
            .Concat(ThisYear.Where(f => f.Rank is not null).Select(f => f.Criterion))
            .Distinct().Order(StringComparer.Ordinal)
            .Select(k => (k, ThisYear.FirstOrDefault(f => f.Criterion == k && f.ValuePct is not null))).ToList();

    /// <summary>The unit's values up to the year.</summary>
    public IReadOnlyList<Figure> Trends => Figures.Where(f => f.ValuePct is not null && f.Year <= Request.Year).ToList();

    /// <summary>The unit's ranks up to the year.</summary>
    public IReadOnlyList<Figure> Ranks => Figures.Where(f => f.Rank is not null && f.Year <= Request.Year).ToList();

    /// <summary>The peers' ranks on the overall index up to the year.</summary>
    public IReadOnlyList<Figure> PeerRanks => PeerFigures.Where(f => f.Criterion == "overall" && f.Rank is not null).ToList();

    /// <summary>The peers' values up to the year.</summary>
    public IReadOnlyList<Figure> PeerValues => PeerFigures.Where(f => f.ValuePct is not null).ToList();

    /// <summary>The unit's values of the year beside its peer group's average and best.</summary>
    public IReadOnlyList<Figure> Peers => ThisYear.Where(f => f.PeerN is not null).ToList();

    /// <summary>The unit's figures of the year with a value or a rank, each with where it was read.</summary>
    public IReadOnlyList<Figure> Details => ThisYear.Where(f => f.ValuePct is not null || f.Rank is not null).ToList();

    private IEnumerable<Figure> ThisYear => Figures.Where(f => f.Year == Request.Year);

    /// <summary>Where a figure was read, as users name it: the document's title and the line ("Kế hoạch số 45/KH-SCT …,
    /// dòng 19"); the file only when no loaded document has it.</summary>
    public string? Where(SourceRef? source) => source is null ? null
        : $"{(Documents is not null && Documents.TryGetValue(source.File, out var d) ? d.Name : source.File)}, dòng {source.Line}";

    /// <summary>The documents behind <paramref name="files"/>, named by kind, number, issuer and date.</summary>
    public IReadOnlyList<string> Sources(IEnumerable<string?> files) =>
        SourceReads.Names(Documents ?? new Dictionary<string, DocumentRow>(), files);
}
