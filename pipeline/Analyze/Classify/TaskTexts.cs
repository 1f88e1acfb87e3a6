using Analytics.Pipeline.Store;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>The tasks of an index from DuckDB as a <see cref="DataFrame"/> (filled from one query), and back as rows.</summary>
public static class TaskTexts
{
    private static readonly (string, Type)[] Columns =
        [("source_file", typeof(string)), ("seq", typeof(int)), ("text", typeof(string)), ("stated", typeof(string))];

    public static DataFrame Load(DuckDbConnection con, string indexCode) => DataFrame.LoadFrom(
        con.Query(Sql.Load("Analyze/Classify/task_texts.sql"),
            r => (IList<object>)[r.String("source_file")!, r.Int("seq")!.Value, r.String("text") ?? "", r.String("stated") ?? ""],
            indexCode),
        Columns);

    public static IReadOnlyList<TaskText> Rows(DataFrame frame) => frame.Rows.Select(r => new TaskText(
            (string)r[0], (int)r[1], (string)r[2],
            ((string)r[3]).Split('|', StringSplitOptions.RemoveEmptyEntries)))
        .ToList();

    /// <summary>The training view of labelled tasks: one row per task and criterion its document states.</summary>
    public static DataFrame Training(IEnumerable<TaskText> labelled)
    {
        var pairs = labelled.SelectMany(t => t.Stated.Select(c => (t.Text, Criterion: c))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("text", pairs.Select(p => p.Text)),
            new StringDataFrameColumn("criterion", pairs.Select(p => p.Criterion)));
    }

    /// <summary>Texts to predict, shaped like the training frame (the criterion empty: unknown).</summary>
    public static DataFrame Texts(IReadOnlyList<string> texts) => new(
        new StringDataFrameColumn("text", texts),
        new StringDataFrameColumn("criterion", texts.Select(_ => "")));
}
