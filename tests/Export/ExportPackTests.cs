using System.IO.Compression;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

public class ExportPackTests
{
    private static UnitExport Export => new("Sở Công Thương", "Khánh Hòa", 2024, "Chỉ số hài lòng (SIPAS)", Samples.Date,
        [new("hinh-1-tieu-chi", Samples.Bars), new("hinh-2-thu-hang", Samples.Ranks)], []);

    [Fact]
    public void Build_TwoCharts_SvgPngCsvPerChartOneWorkbookOneReport()
    {
        var files = ExportPack.Build(Export);
        Assert.Equal(["hinh-1-tieu-chi.svg", "hinh-1-tieu-chi.png", "hinh-1-tieu-chi.csv", "hinh-2-thu-hang.svg", "hinh-2-thu-hang.png",
            "hinh-2-thu-hang.csv", "bang-so-lieu.xlsx", "bao-cao.docx"], files.Select(f => f.Name));
        Assert.Equal(1890, ChartPng.Size(files[1].Bytes).Width);
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
        Assert.Equal(945, ChartPng.Size(files.Single(f => f.Name == "hinh-2-thu-hang.png").Bytes).Width);
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
