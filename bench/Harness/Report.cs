using System.Globalization;

namespace Analytics.Bench.Harness;

/// <summary>
/// The benchmark's printout: per part a heading with the machine load, then one row per figure with the reference
/// measured in the same run, their ratio, the goal and whether it is met. Also written to a text file.
/// </summary>
public sealed class Report(string? file)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Format = "{0,-46} {1,16} {2,16} {3,9}  {4,-22} {5}";

    public void Section(string title, string what)
    {
        Write("");
        Write($"== {title}  [load {Machine.Load()}]");
        Write($"   {what}");
        Write(string.Format(Inv, Format, "figure", "value", "reference", "ratio", "goal", "verdict"));
    }

    public void Row(string figure, string value, string reference = "", string ratio = "", string goal = "", bool? met = null) =>
        Write(string.Format(Inv, Format, figure, value, reference, ratio, goal, met switch { true => "MET", false => "MISSED", null => "" }));

    public void Note(string text) => Write("   " + text);

    public void Write(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
        if (file is not null) File.AppendAllText(file, line + "\n");
    }

    public static string N(double v, int decimals = 1) => double.IsNaN(v) ? "–" : v.ToString("N" + decimals, Inv);

    public static string Ratio(double value, double reference) => reference > 0 ? (value / reference).ToString("0.00", Inv) + "×" : "–";

    public static string Mb(long kb) => kb < 0 ? "–" : (kb / 1024.0).ToString("0", Inv) + " MB";

    public static string Ms(double seconds) => (seconds * 1000).ToString(seconds < 0.01 ? "0.00" : "0.0", Inv) + " ms";
}
