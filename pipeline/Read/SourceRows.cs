using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>One side of a conflict: a value and the document (and line) that states it; InUse: the value the analysis
/// uses.</summary>
public sealed record ConflictSide(
    string Unit, string? Province, int Year, string IndexCode, string Criterion, decimal? ValuePct, SourceRef Source,
    bool InUse);

/// <summary>What a document says at a line: a figure, a target or a task; the page of a PDF or picture it stands on and,
/// for text read by OCR, the confidence of its lines.</summary>
public sealed record Quote(
    string Kind, string? Unit, string? Province, int? Year, string? Criterion, decimal? ValuePct, string Text,
    int? Page = null, decimal? OcrConfidence = null);

/// <summary>Input the ingestion could not accept (or a warning about it), with its reason.</summary>
public sealed record Rejection(string File, int Line, string Message, string? Text);

/// <summary>A source line read by OCR with a low confidence (its lowest): its figures are marked as doubtful.</summary>
public sealed record UncertainSource(string File, int Line, decimal OcrConfidence);

/// <summary>A source line its source remarks on, verbatim (Note); <see cref="Doubts"/> reads what the remark doubts.</summary>
public sealed record NotedSource(string File, int Line, string Note);
