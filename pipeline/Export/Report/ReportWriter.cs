using System.Globalization;
using System.Text;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;

namespace Analytics.Pipeline.Export.Report;

/// <summary>Writes a unit report as an aligned text table or Markdown (Vietnamese, vi-VN numbers) or CSV (invariant, for machines).</summary>
public static class ReportWriter
{
    private static readonly string[] Headers =
        ["Chỉ số", "Tiêu chí", "Giá trị", "So năm trước", "Xếp hạng", "Biến động", "So với 90%", "Chỉ tiêu", "So với chỉ tiêu", "TB nhóm", "Hạng/nhóm", "Nguồn"];

    public static string Write(UnitReport report, string format) => format switch
    {
        "csv" => Csv(report),
        "md" => Markdown(report),
        _ => Text(report),
    };

    private static string[] Cells(Figure c) =>
    [
        c.IndexCode, Criteria.NameVi(c.Criterion), VnFormat.Pct(c.ValuePct),
        c.SeriesBreak ? "gián đoạn (sáp nhập)" : VnFormat.Points(c.ChangePp),
        VnFormat.Rank(c.Rank, c.RankOf), VnFormat.Movement(c.Movement),
        // Gaps read as the charts and tables of the export do: value − 90 (value − target), negative below.
        VnFormat.Points(-c.GapTo90), VnFormat.Pct(c.TargetPct), VnFormat.Points(-c.GapToTarget),
        VnFormat.Pct(c.PeerAvg), c.RankInPeers is null ? "—" : $"{c.RankInPeers}/{c.PeerN}",
        c.Source is null ? "" : $"{c.Source.File}:{c.Source.Line}" + (c.HasConflict ? " (có số liệu khác)" : ""),
    ];

    private static string Title(UnitReport r) => $"{r.Unit}{(r.Province is null || r.Province == r.Unit ? "" : " · " + r.Province)} · năm {r.Year}";

    private static string Text(UnitReport r)
    {
        var rows = r.Criteria.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(row => row[i].Length)).ToArray();
        var sb = new StringBuilder().AppendLine(Title(r)).AppendLine();
        if (r.Criteria.Count == 0) sb.AppendLine("Chưa có số liệu cho đơn vị và năm này.");
        else foreach (var row in rows) sb.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        sb.AppendLine().AppendLine("Tiêu chí yếu (ưu tiên theo mức độ):");
        if (r.Weak.Count == 0) sb.AppendLine("  (không có)");
        foreach (var w in r.Weak)
            sb.AppendLine($"  - {Criteria.NameVi(w.Criterion)} ({w.IndexCode}) {VnFormat.Pct(w.ValuePct)}: {string.Join("; ", w.Reasons)} · mức độ {VnFormat.Number(w.Severity)}");
        return sb.ToString();
    }

    private static string Markdown(UnitReport r)
    {
        var sb = new StringBuilder().AppendLine($"### {Title(r)}").AppendLine();
        sb.AppendLine("| " + string.Join(" | ", Headers) + " |").AppendLine("|" + string.Concat(Headers.Select(_ => "---|")));
        foreach (var c in r.Criteria) sb.AppendLine("| " + string.Join(" | ", Cells(c).Select(x => x.Replace("|", "\\|"))) + " |");
        sb.AppendLine().AppendLine("**Tiêu chí yếu**").AppendLine();
        foreach (var w in r.Weak)
            sb.AppendLine($"- **{Criteria.NameVi(w.Criterion)}** ({w.IndexCode}) {VnFormat.Pct(w.ValuePct)}: {string.Join("; ", w.Reasons)} (mức độ {VnFormat.Number(w.Severity)})");
        return sb.ToString();
    }

    private static string Csv(UnitReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("unit,province,year,index_code,criterion,value_pct,change_pp,rank,rank_of,movement,gap_to_90,target_pct,gap_to_target,peer_avg,rank_in_peers,peer_n,weak,reasons,source_file,source_line\n");
        foreach (var c in r.Criteria)
        {
            var weak = r.Weak.FirstOrDefault(w => w.IndexCode == c.IndexCode && w.Criterion == c.Criterion);
            string[] cells = [Safe(r.Unit), Safe(r.Province), r.Year.ToString(inv), c.IndexCode, c.Criterion, F(c.ValuePct), F(c.ChangePp),
                I(c.Rank), I(c.RankOf), I(c.Movement), F(c.GapTo90), F(c.TargetPct), F(c.GapToTarget), F(c.PeerAvg),
                I(c.RankInPeers), I(c.PeerN), weak is null ? "false" : "true", weak is null ? "" : Safe(string.Join("; ", weak.Reasons)),
                Safe(c.Source?.File), I(c.Source?.Line)];
            sb.AppendLine(string.Join(',', cells.Select(Quote)));
        }
        return sb.ToString();

        string F(decimal? v) => v?.ToString(inv) ?? "";
        string I(long? v) => v?.ToString(inv) ?? "";
    }

    // A text Excel would run as a formula (=, +, -, @, tab or CR first) is prefixed with ' (numbers are written apart).
    private static string Safe(string? s) => s is { Length: > 0 } && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s ?? "";

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
