using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

/// <summary>
/// Chart specs over real figures: Sở Công Thương, Khánh Hòa, SIPAS 2024 (seeds/002_cafea9ff515821b6.txt lines 15–23;
/// 2023 ranks derived from the stated movements), Khánh Hòa departments 2025 and the national SIPAS of provinces
/// (data/sipas_units_in_provinces.csv, data/sipas_provinces.csv). Every chart dated 25/03/2025 so goldens stay stable.
/// </summary>
public static class Samples
{
    public static readonly DateOnly Date = new(2025, 3, 25);
    private const string Plan = "002_cafea9ff515821b6.txt", Units = "sipas_units_in_provinces.csv", Provinces = "sipas_provinces.csv";

    public static CriterionBarsChart Bars => new(
        ChartHeader.For("Chỉ số hài lòng theo tiêu chí", "Sở Công Thương", "Khánh Hòa", 2024, [Plan], Date),
        [
            new("Chỉ số chung", 88.4m, 87m),
            new("Tiếp cận dịch vụ", 85.67m, null),
            new("Điều kiện đón tiếp", 88.57m, null),
            new("Sự phục vụ của công chức", 89.78m, null),
            new("Kết quả giải quyết công việc", 90.61m, null),
            new("Tiếp nhận và xử lý phản ánh kiến nghị", 87.39m, null),
            new("Thủ tục hành chính", null, null),
        ]);

    public static GroupedBarsChart Grouped => new(
        ChartHeader.For("Một số sở, ngành tỉnh Khánh Hòa năm 2025", null, "Khánh Hòa", 2025, [Units], Date),
        ["Chỉ số chung", "Tiếp cận dịch vụ"],
        [
            new("Sở Tài chính", [84.91m, 82.62m]),
            new("Sở Tư pháp", [94.99m, null]),
            new("Sở Nông nghiệp và Môi trường", [null, 73.72m]),
            new("Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", [89.08m, null]),
        ]);

    public static readonly int[] Years = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

    public static TrendChart Trend => new(
        ChartHeader.For("SIPAS của một số tỉnh, thành phố qua các năm", null, "Cả nước", null, [Provinces], Date),
        Years,
        [
            new("Quảng Ninh", [null, null, 95.26m, 95.76m, null, 87.59m, 90.61m, null]),
            new("Bình Dương", [79.58m, 85.03m, 88.02m, null, null, null, null, 87.80m]),
            new("Hà Nội", [null, null, 80.09m, 85.15m, null, null, null, 86.5m]),
            new("Trung bình cả nước", [81m, 82.99m, 84.45m, 85.48m, 87.16m, 80.08m, 82.66m, 83.94m]),
        ]);

    public static RankChart Ranks => new(
        ChartHeader.For("Thứ hạng các tiêu chí trong khối sở, ban, ngành (18 đơn vị)", "Sở Công Thương", "Khánh Hòa", 2024, [Plan], Date),
        [2023, 2024],
        [
            new("Tiếp cận dịch vụ", [5, 9]),
            new("Điều kiện đón tiếp", [8, 6]),
            new("Sự phục vụ của công chức", [7, 10]),
            new("Kết quả giải quyết công việc", [8, 11]),
            new("Tiếp nhận và xử lý phản ánh kiến nghị", [11, 6]),
        ],
        Focus: null);

    public static RankChart ProvinceRanks => new(
        ChartHeader.For("Thứ hạng SIPAS của một số tỉnh, thành phố (63 địa phương)", null, "Cả nước", null, [Provinces], Date),
        [2019, 2020, 2021, 2022, 2023, 2024],
        [
            new("Quảng Ninh", [1, 1, 1, 1, 1, null]),
            new("Thái Nguyên", [null, null, 11, 2, 2, 2]),
            new("Hải Phòng", [null, 2, null, null, 5, 1]),
            new("Bình Dương", [13, null, null, null, null, 7]),
            new("Gia Lai", [null, null, null, 16, 19, null]),
            new("Hà Nội", [52, 33, null, null, null, 11]),
        ],
        Focus: "Hà Nội");

    public static HeatmapChart Heatmap => new(
        ChartHeader.For("Khoảng cách tới 90% theo tiêu chí", null, "Khánh Hòa", 2025, [Units], Date),
        ["Sở Tài chính", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
         "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh"],
        ["Chỉ số chung", "Tiếp cận dịch vụ", "Sự phục vụ của công chức"],
        [[84.91m, 82.62m, null], [94.99m, null, null], [null, 73.72m, null], [null, null, 99.02m], [89.08m, null, null]]);

    public static SmallMultiplesChart Multiples => new(
        ChartHeader.For("Chỉ số hài lòng (SIPAS) theo tỉnh, thành phố", null, "Cả nước", null, [Provinces], Date),
        "Chỉ số chung", Years,
        [
            new("Quảng Ninh", [null, null, 95.26m, 95.76m, null, 87.59m, 90.61m, null]),
            new("Bình Dương", [79.58m, 85.03m, 88.02m, null, null, null, null, 87.80m]),
            new("Hà Nội", [null, null, 80.09m, 85.15m, null, null, null, 86.5m]),
            new("Hải Phòng", [null, null, null, 93.57m, null, null, 88.09m, 90.59m]),
            new("Gia Lai", [null, null, null, null, null, 82.52m, 83.84m, null]),
            new("Khánh Hòa", [null, null, null, null, null, null, null, 83.66m]),
        ]);

    /// <summary>Every sample with a short file name.</summary>
    public static IEnumerable<(string Name, ChartSpec Chart)> All =>
    [
        ("criterion-bars", Bars), ("grouped-bars", Grouped), ("trend", Trend), ("ranks", Ranks),
        ("province-ranks", ProvinceRanks), ("heatmap", Heatmap), ("small-multiples", Multiples),
    ];
}
