namespace Analytics.Pipeline.Extract.Statements;

/// <summary>How a percentage reads in its sentence.</summary>
internal enum PercentKind
{
    /// <summary>A result: "đạt 88,4%", "là 87%".</summary>
    Value,
    /// <summary>A target level: "đạt trên 90%", "từ 90% trở lên", "tối thiểu đạt 90%".</summary>
    Level,
    /// <summary>A target as a rise over a baseline: "tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,19%)".</summary>
    Delta,
    /// <summary>A stated change of the previous figure: "tăng 1,47 % so với năm trước".</summary>
    Change,
    /// <summary>A percentage this reader does not interpret.</summary>
    Other,
}

/// <summary>A figure found in a statement; At/End are positions in the statement's text.</summary>
internal abstract record Figure(int At, int End);

/// <summary>A percentage: its kind, number, direction (+1 rise, −1 fall), and the years or baseline stated around it.</summary>
internal sealed record PercentFigure(int At, int End, PercentKind Kind, decimal Number, int Direction,
    int? ComparedYear, bool ComparedToPrevious, int? YearAfter, decimal? Baseline, int? BaselineYear) : Figure(At, End);

/// <summary>"xếp hạng 9/18", "đứng thứ 07/18".</summary>
internal sealed record RankFigure(int At, int End, int Rank, int Of) : Figure(At, End);

/// <summary>"tăng 2 bậc" (+2), "giảm 4 bậc" (−4).</summary>
internal sealed record RankChangeFigure(int At, int End, int Change) : Figure(At, End);
