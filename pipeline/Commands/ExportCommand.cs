using System.CommandLine;
using System.Diagnostics;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>
/// `export --db FILE --unit U --province P --year Y --out DIR [--index SIPAS|PAR_INDEX] [--width-cm 16] [--date D]
/// [--repeat N]`: every chart of a unit as SVG and PNG (with its CSV), its tables as XLSX, and one Word report.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var unit = new Option<string>("--unit") { Description = "Unit, e.g. \"Sở Công Thương\" (a province's name for its own index)", Required = true };
        var province = new Option<string>("--province") { Description = "Province, e.g. \"Khánh Hòa\"", Required = true };
        var year = new Option<int>("--year") { Description = "The year the survey measures", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the files into", Required = true };
        var index = new Option<string>("--index") { Description = "SIPAS (default) or PAR_INDEX", DefaultValueFactory = _ => "SIPAS" };
        index.AcceptOnlyFromAmong("SIPAS", "PAR_INDEX");
        var width = new Option<double>("--width-cm") { Description = "Print width of the PNGs in cm (300 DPI)", DefaultValueFactory = _ => ChartPng.DefaultWidthCm };
        var date = new Option<DateOnly?>("--date") { Description = "Date printed on the charts (default: today), e.g. 2025-03-25" };
        var repeat = new Option<int>("--repeat") { Description = "Build the pack N times and print each time (benchmark)", DefaultValueFactory = _ => 1 };
        var command = new Command("export", "Write a unit's charts (SVG, PNG), tables (XLSX, CSV) and Word report")
            { db, unit, province, year, output, index, width, date, repeat };
        command.SetAction(parse => Run(parse.GetValue(db)!,
            new ExportRequest(parse.GetValue(unit)!, parse.GetValue(province)!, parse.GetValue(year), parse.GetValue(index)!),
            parse.GetValue(output)!, parse.GetValue(width), parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.Today),
            Math.Max(1, parse.GetValue(repeat)), Console.Out, Console.Error));
        return command;
    }

    /// <returns>0 when the pack was written; 4 when the database has no figure for the unit; 2 when a tool is missing or failed; 5 when the database cannot be opened.</returns>
    public static int Run(string dbPath, ExportRequest request, string outDir, double widthCm, DateOnly date, int repeat,
        TextWriter output, TextWriter errors)
    {
        try
        {
            using var duck = Database.OpenForRead(dbPath);
            using var con = duck.Connect();
            IReadOnlyList<PackFile>? files = null;
            for (var i = 0; i < repeat; i++)
            {
                var clock = Stopwatch.StartNew();
                files = UnitPack.Build(con, request, date, widthCm);
                if (files is null) break;
                output.WriteLine($"pack built in {clock.ElapsedMilliseconds} ms ({files.Sum(f => (long)f.Bytes.Length):N0} bytes)");
            }
            if (files is null)
            {
                errors.WriteLine(ExportErrors.NoData(request.Unit, request.Province, request.Year));
                return 4;
            }
            foreach (var path in ExportPack.WriteTo(outDir, files)) output.WriteLine(path);
            return 0;
        }
        catch (DatabaseUnavailable e)
        {
            errors.WriteLine("error: " + e.Message);
            return DatabaseUnavailable.ExitCode;
        }
        catch (Exception e) when (e is ExportException or FileNotFoundException)
        {
            errors.WriteLine("export: " + e.Message);
            return 2;
        }
    }
}
