using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>Collects what the readers of one document produce, in reading order.</summary>
internal sealed class ReadSink(string file)
{
    public string File { get; } = file;
    public List<Observation> Observations { get; } = [];
    public List<Target> Targets { get; } = [];
    public List<PlanTask> Tasks { get; } = [];
    public List<Finding> Findings { get; } = [];

    public void Warn(int line, string message, string? text = null) =>
        Findings.Add(new Finding(File, line, Severities.Warning, message, text));

    public void Error(int line, string message, string? text = null) =>
        Findings.Add(new Finding(File, line, Severities.Error, message, text));
}
