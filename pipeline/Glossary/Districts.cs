namespace Analytics.Pipeline.Glossary;

/// <summary>
/// The district-level units of each province before the 2025 reorganisation (huyện, thị xã, thành phố, quận), as the
/// General Statistics Office lists them on 2025-03-01 (districts.csv, taken from the dvhcvn data set; README "Glossary").
/// A text about one province may name them bare ("Buôn Đôn 70,54 điểm, xếp thứ 15"): their kind comes from here.
/// </summary>
public static class Districts
{
    public sealed record District(string Province, string Kind, string Name)
    {
        /// <summary>The unit as the glossary names district-level units: "UBND huyện Buôn Đôn".</summary>
        public string Unit => $"UBND {Kind} {Name}";
    }

    public static IReadOnlyList<District> All { get; } = GlossaryData.ReadCsv("districts.csv")
        .Select(r => new District(r["province"], r["kind"], r["name"])).ToList();

    public static IEnumerable<District> Of(string? province) =>
        province is null ? [] : All.Where(d => d.Province == province);
}
