using System.Diagnostics;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Export;

/// <summary>
/// A unit's whole export pack from the database: read (through the read layer), chart (pure), render and package.
/// The dashboard calls <see cref="Zip"/>; the command line <see cref="Build"/> and <see cref="ExportPack.WriteTo"/>;
/// the benchmark <see cref="Time"/>.
/// </summary>
public static class UnitPack
{
    /// <summary>The request with unit and province names resolved through the registry (as the ingest stored them).</summary>
    public static ExportRequest Resolve(ExportRequest q) => q with
    {
        Unit = Units.MatchUnit(q.Unit) ?? Units.MatchProvince(q.Unit) ?? q.Unit.Trim(),
        Province = Units.MatchProvince(q.Province) ?? q.Province.Trim(),
    };

    /// <summary>The unit's charts and tables, or null when the database has no figure for it that year; marked when the
    /// database is the sample (<paramref name="kind"/> and <paramref name="doubts"/>: as read once by the caller, else read
    /// here).</summary>
    public static UnitExport? Read(DuckDbConnection con, ExportRequest request, DateOnly date, DataKind? kind = null,
        Doubts? doubts = null)
    {
        var data = ExportData.Read(con, Resolve(request), doubts);
        return data.Bars.Any(b => b.Figure is not null) || data.Details.Count > 0
            ? UnitCharts.Build(data, date).Marked((kind ?? DataKind.Read(con)).Mark) : null;
    }

    /// <summary>Every file of the pack (SVG, PNG and CSV per chart, one XLSX, one DOCX), or null without figures.</summary>
    public static IReadOnlyList<PackFile>? Build(DuckDbConnection con, ExportRequest request, DateOnly date,
        double widthCm = ChartPng.DefaultWidthCm) =>
        Read(con, request, date) is { } export ? ExportPack.Build(export, widthCm) : null;

    /// <summary>The pack as a ZIP archive for download, or null without figures.</summary>
    public static byte[]? Zip(DuckDbConnection con, ExportRequest request, DateOnly date, double widthCm = ChartPng.DefaultWidthCm) =>
        Build(con, request, date, widthCm) is { } files ? ExportPack.Zip(files) : null;

    /// <summary>Timing hook for the benchmark: builds the whole pack (as the dashboard's ZIP) <paramref name="runs"/> times
    /// from a database file; returns each run's time (the first includes warm-up) and the ZIP's size in bytes.</summary>
    public static (IReadOnlyList<TimeSpan> Runs, long Bytes) Time(string dbPath, ExportRequest request, int runs = 5)
    {
        using var db = DuckDb.Open(dbPath, readOnly: true);
        using var con = db.Connect();
        return Time(con, request, runs);
    }

    public static (IReadOnlyList<TimeSpan> Runs, long Bytes) Time(DuckDbConnection con, ExportRequest request, int runs = 5)
    {
        var times = new List<TimeSpan>();
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var zip = Zip(con, request, DateOnly.FromDateTime(DateTime.Today))
                ?? throw new InvalidOperationException(ExportErrors.NoData(request.Unit, request.Province, request.Year));
            times.Add(clock.Elapsed);
            bytes = zip.Length;
        }
        return (times, bytes);
    }
}
