using System.IO.Compression;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

public class ExportPackTests
{
    private static UnitExport Export => new("Sở Công Thương", "Khánh Hòa", 2024, "Chỉ số hài lòng (SIPAS)", Samples.Date,
        [new("hinh-1-tieu-chi", Samples.Bars), new("hinh-2-thu-hang", Samples.Ranks)], []);

    [Fact]
    public void Build_TwoCharts_NamesCarryUnitProvinceYearIndex()
    {
        var files = ExportPack.Build(Export);
        const string p = "so-cong-thuong-khanh-hoa-2024-sipas-";
        Assert.Equal([p + "hinh-1-tieu-chi.svg", p + "hinh-1-tieu-chi.png", p + "hinh-1-tieu-chi.csv", p + "hinh-1-tieu-chi.excel-vi.csv",
            p + "hinh-2-thu-hang.svg", p + "hinh-2-thu-hang.png", p + "hinh-2-thu-hang.csv", p + "hinh-2-thu-hang.excel-vi.csv",
            p + "bang-so-lieu.xlsx", p + "bao-cao.docx"], files.Select(f => f.Name));
        Assert.Equal((1890, 300.0), (ChartPng.Size(files[1].Bytes).Width, Math.Round(ChartPng.StatedDpi(files[1].Bytes)!.Value)));
        var par = ExportPack.Build(Export with { Unit = "Đắk Lắk", Province = "Đắk Lắk", IndexCode = "PAR_INDEX", Charts = [] });
        Assert.Equal(["dak-lak-2024-par-index-bang-so-lieu.xlsx", "dak-lak-2024-par-index-bao-cao.docx"], par.Select(f => f.Name));
    }

    [Fact]
    public void Zip_Pack_RoundTripsEveryFile()
    {
        var files = ExportPack.Build(Export, widthCm: 8);
        using var zip = new ZipArchive(new MemoryStream(ExportPack.Zip(files)));
        Assert.Equal(files.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        foreach (var file in files)
        {
            using var entry = zip.GetEntry(file.Name)!.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            Assert.Equal(file.Bytes, copy.ToArray());
        }
        Assert.Equal(945, ChartPng.Size(files.Single(f => f.Name.EndsWith("-hinh-2-thu-hang.png")).Bytes).Width);
    }

    [Fact]
    public void WriteTo_Folder_WritesEveryFile()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = ExportPack.WriteTo(dir, [new PackFile("a.svg", [1, 2]), new PackFile("b.csv", [3])]);
            Assert.Equal([Path.Combine(dir, "a.svg"), Path.Combine(dir, "b.csv")], paths);
            Assert.Equal([3], File.ReadAllBytes(paths[1]));
        }
        finally { Directory.Delete(dir, true); }
    }
}
