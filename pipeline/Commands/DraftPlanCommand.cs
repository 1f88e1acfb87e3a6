using System.CommandLine;
using System.Diagnostics;
using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Commands;

/// <summary>
/// `draft-plan --db FILE --unit U --province P --year PLAN_YEAR --out DIR [--index SIPAS|PAR_INDEX]`: a draft of the
/// unit's plan appendix for PLAN_YEAR (from the results of the year before) as a .docx.
/// </summary>
public static class DraftPlanCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var unit = new Option<string>("--unit") { Description = "Unit, e.g. \"Sở Công Thương\"", Required = true };
        var province = new Option<string>("--province") { Description = "Province, e.g. \"Khánh Hòa\"", Required = true };
        var year = new Option<int>("--year") { Description = "The plan's year (2025 drafts the 2025 plan from the 2024 results)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the .docx into", Required = true };
        var index = new Option<string>("--index") { Description = "SIPAS (default) or PAR_INDEX", DefaultValueFactory = _ => "SIPAS" };
        index.AcceptOnlyFromAmong("SIPAS", "PAR_INDEX");
        var command = new Command("draft-plan", "Write a draft of a unit's plan appendix (weak criteria, tasks, suggestions) as .docx")
            { db, unit, province, year, output, index };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(unit)!, parse.GetValue(province)!,
            parse.GetValue(year), parse.GetValue(index)!, parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string dbPath, string unit, string province, int planYear, string indexCode, string outDir,
        TextWriter output, TextWriter errors)
    {
        using var duck = Database.OpenForRead(dbPath);
        using var con = duck.Connect();
        return Write(con, unit, province, planYear, indexCode, outDir, output, errors);
    }

    /// <returns>0 when the draft was written; 4 when the database has no figure for the unit in the year before.</returns>
    public static int Write(DuckDbConnection con, string unit, string province, int planYear, string indexCode, string outDir,
        TextWriter output, TextWriter errors)
    {
        var clock = Stopwatch.StartNew();
        if (PlanDrafts.Read(con, unit, province, planYear, indexCode) is not { } draft)
        {
            errors.WriteLine(ExportErrors.NoData(unit, province, planYear - 1));
            return 4;
        }
        var bytes = DocxPlanDraft.Write(draft with { Mark = Read.DataKind.Read(con).Mark });
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, FileName(draft));
        File.WriteAllBytes(path, bytes);
        output.WriteLine($"{draft.Sections.Count} criteria, {draft.Sections.Sum(s => s.Carried.Count)} tasks carried over, "
            + $"{draft.Sections.Sum(s => s.Suggested.Count)} suggested; written in {clock.ElapsedMilliseconds} ms");
        output.WriteLine(path);
        return 0;
    }

    /// <summary>"du-thao-phu-luc-so-cong-thuong-2025.docx".</summary>
    public static string FileName(PlanDraft draft) => $"du-thao-phu-luc-{Fold.Key(draft.Unit).Replace(' ', '-')}-{draft.PlanYear}.docx";
}
