namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>Something found in a paragraph of running text; At/End are positions in the paragraph's text.</summary>
internal abstract record Token(int At, int End);

/// <summary>An index named: SIPAS, PAR_INDEX, or another index (PAPI, PCI, DDCI…) whose figures are kept out.</summary>
internal sealed record IndexToken(int At, int End, string Code, int? Year) : Token(At, End)
{
    public const string Other = "OTHER";
}

/// <summary>A criterion or sub-index named (glossary key), for the index it belongs to.</summary>
internal sealed record CriterionToken(int At, int End, string Key, string Scope, string Written) : Token(At, End);

/// <summary>A unit named. Unit null: a group ("các tỉnh", "17 bộ") whose figures belong to no single unit.</summary>
internal sealed record UnitToken(int At, int End, string? Unit, string Kind, string? Province, bool Generic = false, bool Comparison = false)
    : Token(At, End);

/// <summary>"năm 2023"; Compared: "so với năm 2022" (a year figures are compared to, not the year of the clause).</summary>
internal sealed record YearToken(int At, int End, int Year, bool Compared) : Token(At, End);

/// <summary>How a number reads: a level, a change, an approximation, part of a range, a score that is not the index.</summary>
internal enum ValueRole { Level, Change, Approximate, Range, NotIndex }

/// <summary>A number in % or points, with its role and whether it stands in a target phrase; From: "từ 81,82% lên 84,4%"
/// (the level of the year compared with).</summary>
internal sealed record ValueToken(int At, int End, decimal Number, bool Points, ValueRole Role, bool Target, bool From = false) : Token(At, End);

/// <summary>A rank ("xếp thứ 11/63", "đứng đầu"); Rank 0 with Last: "cuối bảng" (known only with a total); Forward: the
/// rank names the unit right after it ("thứ 2 là tỉnh Thái Nguyên").</summary>
internal sealed record RankToken(int At, int End, int Rank, int? Of, bool Last, bool Forward, bool From = false) : Token(At, End);

/// <summary>"tăng 3 bậc" (+3), "giảm 4 bậc" (−4), "giữ nguyên vị trí" (0).</summary>
internal sealed record RankChangeToken(int At, int End, int Change, int? ComparedYear = null) : Token(At, End);

/// <summary>"trong tổng số 20 sở": the total of a list's ranks.</summary>
internal sealed record TotalToken(int At, int End, int Total) : Token(At, End);

/// <summary>A parenthesis opening or closing, and a sentence end (state that does not cross it resets).</summary>
internal sealed record MarkToken(int At, int End, char Mark) : Token(At, End);
