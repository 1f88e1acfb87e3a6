namespace Analytics.Pipeline.Glossary;

/// <summary>Which figure of a row a source's remark casts doubt on: its value, its rank, or both.</summary>
public enum DoubtTarget { Value, Rank, Figure }

/// <summary>One remark a source makes on a row that makes its figure doubtful (source_doubts.csv): a folded phrase, what
/// it casts doubt on and the reason users read.</summary>
public sealed record SourceDoubtRule(string Pattern, DoubtTarget AppliesTo, string ReasonVi);

/// <summary>
/// Reads a source's own remark on a row (a results table's `notes` or 'Ghi chú': "rank from listed order", "value rounded
/// to integer by source", "Tạm tính") as a reason to doubt its value or its rank, in Vietnamese. A phrase counts as whole
/// words and not after a negation ("không làm tròn"); the first rule that matches for the value (or the rank) wins.
/// </summary>
public static class SourceDoubts
{
    public static IReadOnlyList<SourceDoubtRule> Rules { get; } = GlossaryData.ReadCsv("source_doubts.csv")
        .Select(r => new SourceDoubtRule(r["pattern"], Enum.Parse<DoubtTarget>(r["applies_to"], ignoreCase: true), r["reason_vi"]))
        .ToList();

    private static readonly string[] Negations = ["khong", "chua", "not", "no"];

    /// <summary>Why the source's remark makes the value (rank: false) or the rank (true) doubtful; null: it does not.</summary>
    public static string? Reason(string? note, bool rank)
    {
        if (string.IsNullOrWhiteSpace(note)) return null;
        var words = Fold.Key(note).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Rules.FirstOrDefault(r => (r.AppliesTo == DoubtTarget.Figure || r.AppliesTo == (rank ? DoubtTarget.Rank : DoubtTarget.Value))
            && Affirmed(words, r.Pattern.Split(' ')))?.ReasonVi;
    }

    private static bool Affirmed(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase) && !(i > 0 && Negations.Contains(words[i - 1])))
                return true;
        return false;
    }
}
