using System.CommandLine;
using Analytics.Pipeline.Analyze.Report;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>`report --db FILE --unit U --province P --year Y [--format table|csv|md]`: a unit's criteria and weak criteria.</summary>
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
        command.SetAction(parse =>
        {
            using var duck = Database.OpenForRead(parse.GetValue(db)!);
            using var con = duck.Connect();
            var report = UnitReports.Read(con, parse.GetValue(unit)!, parse.GetValue(province), parse.GetValue(year));
            Console.Out.Write(ReportWriter.Write(report, parse.GetValue(format)!));
            return report.Criteria.Count == 0 ? 4 : 0;
        });
        return command;
    }
}
