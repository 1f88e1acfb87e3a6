using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>An observation being read: ranks and changes stated after its value are attached as they come.</summary>
internal sealed class ObservationDraft(FigureFrame frame, int year, decimal? value, int at, int end)
{
    public FigureFrame Frame { get; } = frame;
    public int Year { get; } = year;
    public decimal? Value { get; } = value;
    public int At { get; } = at;
    public int End { get; set; } = end;
    public int? Rank { get; set; }
    public int? RankOf { get; set; }
    public int? RankChange { get; set; }
    public decimal? ValueChange { get; set; }
    public int? ChangeBaseYear { get; set; }

    public Observation ToObservation(string origin, SourceRef source) => new(
        Frame.Subject.Unit, Frame.Subject.UnitKind, Frame.Subject.Province, Year, Frame.Index, Frame.Criterion,
        Frame.CriterionAsWritten, Value, Rank, RankOf, RankChange, ValueChange, false, origin, source);
}

/// <summary>What a figure is about: unit, index, criterion (with the name as written).</summary>
internal sealed record FigureFrame(Subject Subject, string Index, string Criterion, string CriterionAsWritten);
