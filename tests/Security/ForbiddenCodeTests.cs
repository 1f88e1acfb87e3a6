namespace Analytics.Tests.Security;

/// <summary>The scan helper itself: each SQL rule catches its planted example and lets the right way through.</summary>
public class ForbiddenCodeTests
{
    public static TheoryData<string, string> Planted => new()
    {
        { "interpolated-sql", "con.Query($\"SELECT * FROM observations WHERE unit = '{unit}'\", map);" },
        { "interpolated-sql", "var sql = $@\"DELETE FROM raw_documents WHERE source_file = '{name}'\";" },
        { "interpolated-sql", "var sql = $\"\"\"\n    SELECT *\n    FROM tasks WHERE unit = '{unit}'\n    \"\"\";" },
        { "concatenated-sql", "var sql = \"SELECT * FROM gaps WHERE province = '\" + province + \"'\";" },
        { "concatenated-sql", "where += \" AND year = \" + year;" },
        { "formatted-sql", "var sql = string.Format(\"DELETE FROM raw_tasks WHERE source_file = '{0}'\", file);" },
        { "formatted-sql", "sb.Append(\"WHERE unit = '\").Append(unit).Append('\\'');" },
        { "built-sql-argument", "con.Execute(prefix + name);" },
        { "built-sql-argument", "var n = con.Scalar<long>(string.Concat(head, tail));" },
        { "templated-sql", "con.Execute(Sql.Load(\"Analyze/x.sql\").Replace(\"{relation}\", view));" },
        { "templated-sql", "con.Execute(BenchSql.Load(\"materialize.sql\") + suffix);" },
        { "sql-text-in-code", "con.Execute(\"DROP TABLE raw_documents\");" },
        { "sql-text-in-code", "var sql = @\"  SELECT 1\";" },
        { "sql-file-chosen-at-run-time", "con.Execute(Sql.Load($\"Load/{userInput}.sql\"), x);" },
    };

    [Theory, MemberData(nameof(Planted))]
    public void Scan_PlantedExample_IsCaughtWithItsLine(string rule, string code)
    {
        var file = "// header\nnamespace X;\n" + code + "\n";
        var (violations, _) = ForbiddenCode.Scan([("pipeline/Planted.cs", file)], SqlRules.All, []);
        Assert.Contains(violations, v => v.Rule == rule && v.File == "pipeline/Planted.cs" && v.Line >= 3);
    }

    public static TheoryData<string> Allowed => new()
    {
        "var rows = con.Query(Sql.Load(\"Export/Report/unit_weak.sql\"), r => r.String(0), unit, province, year);",
        "con.Execute(Sql.Load(\"Load/Dml/delete_documents.sql\"), name);",
        "// con.Execute($\"SELECT * FROM x WHERE a = {a}\") is how not to do it",
        "/* \"SELECT \" + x */ var ok = 1;",
        "var message = $\"the table from {file} has no unit column\";",
        "var title = \"Select a unit\" + suffix;",
        "var url = \"http://example.org/\" + path; // SELECT",
        "throw new DuckDbException($\"Cannot open DuckDB database '{path}'\");",
        "throw new DuckDbException($\"Cannot append to '{t}': \" + string.Join(\", \", names) + \"; use INSERT instead.\");",
    };

    [Theory, MemberData(nameof(Allowed))]
    public void Scan_ParameterisedOrProse_NotCaught(string code)
    {
        var (violations, _) = ForbiddenCode.Scan([("pipeline/Fine.cs", code + "\n")], SqlRules.All, []);
        Assert.Empty(violations);
    }

    [Fact]
    public void Scan_RazorComment_NotCaught_RazorCode_Caught()
    {
        const string razor = "@* @(\"SELECT \" + x) *@\n<p>@Model.Name</p>\n@code { void F() => con.Execute($\"DELETE FROM t WHERE a = {a}\"); }\n";
        var (violations, _) = ForbiddenCode.Scan([("dashboard/Page.razor", razor)], SqlRules.All, []);
        Assert.Equal(["dashboard/Page.razor:3: interpolated-sql", "dashboard/Page.razor:3: built-sql-argument"],
            violations.Select(v => $"{v.File}:{v.Line}: {v.Rule}"));
    }

    [Fact]
    public void Scan_Allowance_SilencesOnlyItsLine_AndUnusedOnesAreReported()
    {
        const string code = "con.Execute(\"CHECKPOINT\");\ncon.Execute(\"DROP TABLE x\");\n";
        var allowed = new Allowed("pipeline/A.cs", "sql-text-in-code", "\"CHECKPOINT\"", "test");
        var stale = new Allowed("pipeline/A.cs", "sql-text-in-code", "\"VACUUM\"", "test");
        var (violations, unused) = ForbiddenCode.Scan([("pipeline/A.cs", code)], SqlRules.All, [allowed, stale]);
        Assert.Equal("pipeline/A.cs:2: sql-text-in-code: con.Execute(\"DROP TABLE x\");", Assert.Single(violations).ToString());
        Assert.Equal(stale, Assert.Single(unused));
    }

    [Fact]
    public void WithoutComments_KeepsStringsAndLineNumbers()
    {
        const string code = "var a = \"// not a comment\"; // comment\n/* two\nlines */ var b = '\\'';\n";
        var blanked = ForbiddenCode.WithoutComments(code);
        Assert.Equal(code.Split('\n').Length, blanked.Split('\n').Length);
        Assert.Contains("\"// not a comment\"", blanked);
        Assert.DoesNotContain("comment\n", blanked.Replace("not a comment", ""));
        Assert.Contains("var b = '\\''", blanked);
    }
}
