namespace Analytics.Pipeline.Store;

/// <summary>
/// An error reported by DuckDB (or by this binding), carrying DuckDB's own message and the first line
/// of the SQL that failed (for embedded .sql files, its grain comment), so the failing file is easy to find.
/// </summary>
public sealed class DuckDbException : Exception
{
    public DuckDbException(string message, string? sql = null, Exception? inner = null)
        : base(Compose(message, sql), inner)
    {
        DuckDbMessage = message;
        SqlFirstLine = FirstLine(sql);
    }

    /// <summary>The message as DuckDB (or the binding) wrote it, without the SQL context.</summary>
    public string DuckDbMessage { get; }

    /// <summary>The first non-blank line of the statement, or null when there was none.</summary>
    public string? SqlFirstLine { get; }

    private static string Compose(string message, string? sql) =>
        FirstLine(sql) is { } line ? $"{message}{Environment.NewLine}  in SQL: {line}" : message;

    internal static string? FirstLine(string? sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) return null;
        var line = sql.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
