namespace Analytics.Pipeline.Load;

/// <summary>
/// The database named by --db cannot be opened: locked by another process, not a DuckDB file, or missing. Commands
/// stop with <see cref="ExitCode"/> and one line naming the file, not a stack trace (and not exit 1, a failed document).
/// </summary>
public sealed class DatabaseUnavailable(string path, string reason) : Exception($"cannot open the database {path}: {reason}")
{
    public const int ExitCode = 5;
}
