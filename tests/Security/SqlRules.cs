using System.Text.RegularExpressions;

namespace Analytics.Tests.Security;

/// <summary>
/// SQL must be text from embedded .sql files with values bound as parameters ($1..$n), never text built from strings.
/// Keywords are matched in upper case, as our SQL is written, so English prose ("from", "select a unit") never counts.
/// </summary>
public static class SqlRules
{
    private const string Keyword = @"\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|VALUES|ORDER BY|GROUP BY|HAVING|LIMIT|UNION|CREATE|DROP|ALTER|COPY|ATTACH|DETACH|PRAGMA|INSTALL|AND|OR|IN|LIKE)\b";
    private const string Leading = @"(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|COPY|ATTACH|DETACH|PRAGMA|INSTALL|LOAD|EXPORT|IMPORT|CALL|SET|BEGIN|COMMIT|ROLLBACK|CHECKPOINT)\b";
    private const string Run = @"(?:Execute|ExecuteScript|Query|Scalar|duckdb_query|duckdb_prepare)(?:<[^>()]*>)?\(";
    private const string Interpolated = @"(?:\$+@?|@\$+)";

    private static CodeRule Rule(string name, string pattern, string why, Func<string, bool>? confirm = null) =>
        new(name, new Regex(pattern, RegexOptions.Compiled), why, confirm);

    // SQL rather than a message that names a keyword ("… use INSERT instead."): two keywords, or a keyword and SQL punctuation.
    private static bool LooksLikeSql(string text) =>
        new Regex(Keyword).Matches(text).Count >= 2 || text.IndexOfAny(['=', '*', '$', '(', '\'', '<', '>']) >= 0;

    public static readonly CodeRule[] All =
    [
        Rule("interpolated-sql", Interpolated + "\"\"\"(?:(?!\"\"\")[\\s\\S])*?" + Keyword + "|" + Interpolated + "\"[^\"\\n]*" + Keyword,
            "SQL in an interpolated string: a value would become SQL text; bind it as $1..$n"),
        Rule("concatenated-sql", "\"[^\"\\n]*" + Keyword + "[^\"\\n]*\"\\s*\\+|\\+\\s*" + Interpolated + "?\"[^\"\\n]*" + Keyword,
            "SQL joined with +: a value would become SQL text; bind it as $1..$n", LooksLikeSql),
        Rule("formatted-sql", "(?:[Ss]tring\\.(?:Format|Concat|Join)|\\.Append(?:Line|Format)?)\\(\\s*" + Interpolated + "?\"[^\"\\n]*" + Keyword,
            "SQL assembled by Format/Concat/StringBuilder: bind values as $1..$n"),
        Rule("built-sql-argument", "\\b" + Run + "\\s*(?:\\$|@?\"[^\"\\n]*\"\\s*\\+|[^,;()\"]+\\s*\\+|[Ss]tring\\.(?:Format|Concat|Join))",
            "the SQL handed to the database is built in the call: pass Sql.Load(...) and bind the values"),
        Rule("templated-sql", "\\b\\w*Sql\\.Load\\([^()]*\\)\\s*(?:\\.\\s*(?:Replace|Insert|Remove|Substring)\\(|\\+)",
            "an embedded .sql file rewritten with string operations: its text must run as written"),
        Rule("sql-text-in-code", "(?<![\\w$])\"\\s*" + Leading,
            "SQL text in C#: SQL lives in embedded .sql files (Sql.Load), one statement each"),
        Rule("sql-file-chosen-at-run-time", "\\b\\w*Sql\\.Load\\(\\s*\\$",
            "the .sql file to run is chosen by a computed name: the name must come from a fixed list, not from input"),
    ];

    /// <summary>The justified cases, each with its reason. An entry must match a line that exists (stale entries fail).</summary>
    public static readonly Allowed[] Allowances =
    [
        // The Store's own transaction control: constant statements with nothing to bind, the API's BEGIN/COMMIT/ROLLBACK.
        new("pipeline/Store/DuckDbConnection.cs", "sql-text-in-code", "ExecuteScript(\"BEGIN TRANSACTION\")", "constant transaction control in the Store"),
        new("pipeline/Store/DuckDbConnection.cs", "sql-text-in-code", "ExecuteScript(\"BEGIN TRANSACTION READ ONLY\")", "constant transaction control in the Store"),
        new("pipeline/Store/DuckDbConnection.cs", "sql-text-in-code", "ExecuteScript(\"COMMIT\")", "constant transaction control in the Store"),
        new("pipeline/Store/DuckDbConnection.cs", "sql-text-in-code", "ExecuteScript(\"ROLLBACK\")", "constant transaction control in the Store"),
        // A document's rows are deleted table by table: the names come from the constant array DocumentWriter.Tables.
        new("pipeline/Load/DocumentWriter.cs", "sql-file-chosen-at-run-time", "Sql.Load($\"Load/Dml/delete_{table}.sql\")", "table names from a constant array"),
        // Parquet export: one embedded COPY file per relation, the relation names listed from the embedded files
        // themselves; the target path is bound as $1 (DuckDB takes COPY's target as a parameter), never spliced in.
        new("pipeline/Export/Parquet/ParquetExport.cs", "sql-file-chosen-at-run-time", "Sql.Load($\"{Folder}{relation}.sql\")", "relation names from the embedded files; path bound"),
    ];
}
