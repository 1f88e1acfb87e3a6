namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// How a figure computed from a stated change (the views' value_is_derived: a 2023 value from a stated 2024 value and
/// "tăng 1,47%", a 2023 rank from "giảm 4 bậc") is told apart from a stated one, in colour and in greyscale: a hollow
/// marker (<see cref="Palette.Marker"/>), a mark after a number; each explained in the legend or a table's note.
/// </summary>
public static class Derived
{
    public const string Mark = "*";
    public const string ValueNote = "Giá trị suy ra từ mức thay đổi đã nêu";
    public const string RankNote = "Thứ hạng suy ra từ số bậc tăng/giảm đã nêu";
    public const string TableNote = Mark + " " + ValueNote + ".";
    internal const string Describe = " (suy ra từ mức thay đổi đã nêu)";

    /// <summary>Whether figure <paramref name="i"/> of a series is derived; no flags: none is.</summary>
    public static bool At(IReadOnlyList<bool>? flags, int i) => flags is not null && i < flags.Count && flags[i];
}
