using System.Runtime.ExceptionServices;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// The appenders of one transaction's rows (observations, targets, tasks, findings), opened on first use and flushed
/// together when disposed, which must happen before the transaction commits.
/// </summary>
internal sealed class DocumentRows(DuckDbConnection con) : IDisposable
{
    private DuckDbAppender? _observations, _targets, _tasks, _findings;

    public DuckDbAppender Observations => _observations ??= con.Appender("raw_observations");
    public DuckDbAppender Targets => _targets ??= con.Appender("raw_targets");
    public DuckDbAppender Tasks => _tasks ??= con.Appender("raw_tasks");
    public DuckDbAppender Findings => _findings ??= con.Appender("raw_findings");

    /// <summary>Flushes every appender; the first error (e.g. a constraint) is rethrown once all are closed.</summary>
    public void Dispose()
    {
        Exception? first = null;
        foreach (var appender in new[] { _observations, _targets, _tasks, _findings })
            try { appender?.Dispose(); }
            catch (DuckDbException e) { first ??= e; }
        if (first is not null) ExceptionDispatchInfo.Throw(first);
    }
}
