using System.IO.Compression;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>A chart with the ASCII file stem its files get (e.g. "hinh-1-tieu-chi").</summary>
public sealed record NamedChart(string Stem, ChartSpec Chart);

/// <summary>Everything exported for one unit: its charts (in report order) and further tables.</summary>
public sealed record UnitExport(string Unit, string Province, int Year, string IndexName, DateOnly Date,
    IReadOnlyList<NamedChart> Charts, IReadOnlyList<ChartTable> Tables, string IndexCode = "SIPAS")
{
    /// <summary>What every file name of the pack starts with: "so-cong-thuong-khanh-hoa-2024-sipas".</summary>
    public string FilePrefix => ExportNames.Prefix(Unit, Province, Year, IndexCode);

    /// <summary>The sample database's mark, carried by every chart, table and the report of the pack; null for real data.</summary>
    public string? Mark { get; init; }

    /// <summary>The export with <paramref name="mark"/> on every chart and table (the sample database's); itself when null.</summary>
    public UnitExport Marked(string? mark) => mark is null ? this : this with
    {
        Mark = mark,
        Charts = Charts.Select(c => c with { Chart = c.Chart.Marked(mark) }).ToList(),
        Tables = Tables.Select(t => t with { Mark = mark }).ToList(),
    };
}

/// <summary>One file of a pack.</summary>
public sealed record PackFile(string Name, byte[] Bytes);

/// <summary>
/// A unit's whole pack: per chart an SVG, a PNG and a CSV; all tables in one XLSX; one Word report with the charts
/// and tables. Written to a folder (command line) or zipped in memory (dashboard download).
/// </summary>
public static class ExportPack
{
    public const string Workbook = "bang-so-lieu.xlsx", Document = "bao-cao.docx";

    /// <summary>Per chart an SVG, a PNG, a CSV and a CSV for Vietnamese Excel; one XLSX; one DOCX; every name starting
    /// with the unit, province, year and index (<see cref="UnitExport.FilePrefix"/>).</summary>
    public static IReadOnlyList<PackFile> Build(UnitExport export, double widthCm = ChartPng.DefaultWidthCm)
    {
        var svgs = export.Charts.AsParallel().AsOrdered().Select(c => ChartSvg.Render(c.Chart)).ToList();
        var pngs = export.Charts.AsParallel().AsOrdered().Select(c => ChartPng.Render(c.Chart, widthCm)).ToList();
        var files = new List<PackFile>();
        var prefix = export.FilePrefix + "-";
        var tables = export.Charts.Select(c => ChartTable.Of(c.Chart)).Concat(export.Tables).ToList();
        for (var i = 0; i < export.Charts.Count; i++)
        {
            var stem = prefix + export.Charts[i].Stem;
            files.Add(new(stem + ".svg", System.Text.Encoding.UTF8.GetBytes(svgs[i])));
            files.Add(new(stem + ".png", pngs[i]));
            files.Add(new(stem + ".csv", CsvFile.Write(tables[i])));
            files.Add(new(stem + CsvFile.ExcelSuffix, CsvFile.WriteForExcel(tables[i])));
        }
        files.Add(new(prefix + Workbook, XlsxFile.Write(tables)));
        var figures = export.Charts.Select((c, i) => new ReportFigure(c.Chart, pngs[i])).ToList();
        var report = new Report(export.Unit, export.Province, export.Year, export.IndexName, export.Date, figures, export.Tables)
            { Mark = export.Mark };
        files.Add(new(prefix + Document, DocxReport.Write(report, widthCm)));
        return files;
    }

    /// <summary>The files as a ZIP archive (the dashboard's download).</summary>
    public static byte[] Zip(IReadOnlyList<PackFile> files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Name, file.Name.EndsWith(".png") ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var output = entry.Open();
                output.Write(file.Bytes);
            }
        return stream.ToArray();
    }

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed); returns their paths.</summary>
    public static IReadOnlyList<string> WriteTo(string directory, IReadOnlyList<PackFile> files)
    {
        Directory.CreateDirectory(directory);
        return files.Select(f =>
        {
            var path = Path.Combine(directory, f.Name);
            File.WriteAllBytes(path, f.Bytes);
            return path;
        }).ToList();
    }
}
