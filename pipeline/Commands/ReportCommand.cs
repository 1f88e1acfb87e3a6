using System.CommandLine;
using Analytics.Pipeline.Export.Report;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Commands;

/// <summary>`report --db FILE --unit U --province P --year Y [--format table|csv|md]`: a unit's criteria and weak criteria
/// (from the sample database, after a first line "DỮ LIỆU MÔ PHỎNG — không phải số liệu thật").</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var unit = new Option<string>("--unit") { Description = "Unit, e.g. \"Sở Công Thương\" (a province's name for its own index)", Required = true };
        var province = new Option<string?>("--province") { Description = "Province, e.g. \"Khánh Hòa\"" };
        var year = new Option<int>("--year") { Description = "The year the survey measures", Required = true };
        var format = new Option<string>("--format") { Description = "table (default), csv or md", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "md");
        var command = new Command("report", "Print a unit's criteria and weak criteria for a year") { db, unit, province, year, format };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(unit)!, parse.GetValue(province), parse.GetValue(year),
            parse.GetValue(format)!, Console.Out));
        return command;
    }

    /// <returns>0 when the unit has figures that year; 4 when it has none.</returns>
    public static int Run(string dbPath, string unit, string? province, int year, string format, TextWriter output)
    {
        using var duck = Database.OpenForRead(dbPath);
        using var con = duck.Connect();
        return Write(con, unit, province, year, format, output);
    }

    public static int Write(DuckDbConnection con, string unit, string? province, int year, string format, TextWriter output)
    {
        var report = UnitReports.Read(con, unit, province, year);
        // The sample database's mark: an added first line; the report's own lines stay as they are (a contract).
        if (Read.DataKind.Read(con).Mark is { } mark) output.WriteLine(mark);
        output.Write(ReportWriter.Write(report, format));
        return report.Criteria.Count == 0 ? 4 : 0;
    }
}
