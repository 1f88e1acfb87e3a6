using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>
/// Reads the figures of one statement in order: values become observations (ranks and changes stated after a
/// value attach to it), levels and rises become targets, a rise over a stated baseline also records the baseline.
/// </summary>
internal static partial class StatementReader
{
    /// <summary>A figure further than this from the previous one is not in its clause (and long texts stay linear).</summary>
    private const int MaxClause = 600;

    public static void Read(Statement st, StatementContext ctx, ReadSink sink)
    {
        var folded = FoldedText.Of(st.Text);
        var walk = new Walk(st, folded, ctx, sink);
        foreach (var figure in FigureScanner.Scan(folded)) walk.Take(figure);
        walk.Finish();
    }

    private sealed class Walk(Statement st, string folded, StatementContext ctx, ReadSink sink)
    {
        private readonly List<ObservationDraft> drafts = [];
        private int segStart;
        private FigureFrame? frame;
        private int frameEnd = -1;
        private ObservationDraft? last;
        private RankFigure? pendingRank;
        private RankChangeFigure? pendingChange;

        public void Take(Figure figure)
        {
            switch (figure)
            {
                case PercentFigure p: TakePercent(p); break;
                case RankFigure r when r.Rank < 1 || r.Rank > r.Of: sink.Warn(st.Line, ExtractMessages.RankOutOfRange(r.Rank, r.Of), st.Text); break;
                case RankFigure r when Attachable(r.At) && last!.Rank is null: (last.Rank, last.RankOf, last.End) = (r.Rank, r.Of, r.End); break;
                case RankFigure r: pendingRank = r; break;
                case RankChangeFigure c when Attachable(c.At) && last!.RankChange is null: (last.RankChange, last.End) = (c.Change, c.End); break;
                case RankChangeFigure c: pendingChange = c; break;
            }
            segStart = Math.Max(segStart, figure.End);
        }

        public void Finish()
        {
            if ((pendingRank is not null || pendingChange is not null) && frame is not null)
                sink.Warn(st.Line, ExtractMessages.RankWithoutFigure, st.Text);
            if (drafts.Any(d => d.Frame.Subject.Unit.Length == 0)) sink.Warn(st.Line, ExtractMessages.UnitUnknown, st.Text);
            foreach (var draft in drafts.Where(d => d.Frame.Subject.Unit.Length > 0))
            {
                var observation = draft.ToObservation(ctx.Origin, Source(draft.At, draft.End));
                sink.Observations.Add(observation);
                if (Derivation.Derive(observation, draft.ChangeBaseYear) is { } derived) sink.Observations.Add(derived);
                if (Derivation.ImpliedRankProblem(observation) is { } problem) sink.Warn(st.Line, problem, st.Text);
            }
        }

        private bool Attachable(int at) => last is not null && SameClause(last.End, at);

        private bool SameClause(int from, int to) =>
            from >= 0 && from <= to && to - from <= MaxClause && !Boundary().IsMatch(st.Text[from..to]);

        private void TakePercent(PercentFigure p)
        {
            var start = segStart;
            segStart = p.End;
            if (p.Number > 100) { sink.Warn(st.Line, ExtractMessages.PercentOutOfRange(p.Number), st.Text); return; }
            var previous = frame is not null && SameClause(frameEnd, p.At) ? frame : null;
            if (FigureFrames.Resolve(st, folded, start, p.At, ctx, previous) is not { } r) return;
            if (r.ConflictMessage is not null) sink.Warn(st.Line, r.ConflictMessage, st.Text);
            switch (p.Kind)
            {
                case PercentKind.Change when last is not null && SameClause(last.End, p.At):
                    (last.ValueChange, last.ChangeBaseYear, last.End) = (p.Direction * p.Number, p.ComparedYear, p.End);
                    return;
                case PercentKind.Change when r.TargetWords: Delta(p, r); break;
                case PercentKind.Change: sink.Warn(st.Line, ExtractMessages.ChangeWithoutFigure, st.Text); return;
                case PercentKind.Delta: Delta(p, r); break;
                case PercentKind.Level: Level(p, r); break;
                case PercentKind.Value when r.TargetWords: Level(p, r); break;
                case PercentKind.Value: Value(p, r); break;
                default: return;
            }
            (frame, frameEnd) = (r.Frame, p.End);
        }

        private void Value(PercentFigure p, Resolution r)
        {
            var year = r.YearInSegment ?? (r.Inherited ? last?.Year : null) ?? YearBefore(p.At)
                ?? ctx.LeadInYear ?? ctx.PlanYear - 1;
            if (year is null) { sink.Warn(st.Line, ExtractMessages.YearUnknown, st.Text); return; }
            AddDraft(new ObservationDraft(r.Frame, year.Value, p.Number, p.At, p.End));
        }

        private readonly IReadOnlyList<(int At, int Year)> years = FigureFrames.Years(folded);

        /// <summary>The last "năm YYYY" of the statement before a position.</summary>
        private int? YearBefore(int at) => years.LastOrDefault(y => y.At < at) is { Year: > 0 } y ? y.Year : null;

        private void AddDraft(ObservationDraft draft)
        {
            if (pendingRank is not null) (draft.Rank, draft.RankOf, pendingRank) = (pendingRank.Rank, pendingRank.Of, null);
            if (pendingChange is not null) (draft.RankChange, pendingChange) = (pendingChange.Change, null);
            drafts.Add(draft);
            last = draft;
        }

        private void Level(PercentFigure p, Resolution r)
        {
            var year = p.YearAfter ?? r.YearInSegment ?? ctx.PlanYear;
            AddTarget(r, year, p.Number, Basis(p));
        }

        private void Delta(PercentFigure p, Resolution r)
        {
            var baseYear = p.BaselineYear ?? p.ComparedYear;
            var baseline = p.Baseline ?? (last is not null && last.Year == baseYear && last.Frame.Criterion == r.Frame.Criterion ? last.Value : null);
            if (baseline is null || baseYear is null) { sink.Warn(st.Line, ExtractMessages.DeltaWithoutBaseline, st.Text); return; }
            if (baseline > 100) { sink.Warn(st.Line, ExtractMessages.PercentOutOfRange(baseline.Value), st.Text); return; }
            if (p.Baseline is not null) AddDraft(new ObservationDraft(r.Frame, baseYear.Value, p.Baseline, p.At, p.End));
            var year = ctx.PlanYear is { } plan && plan > baseYear ? plan : baseYear + 1;
            AddTarget(r, year, baseline.Value + p.Direction * p.Number, Basis(p));
        }

        private void AddTarget(Resolution r, int? year, decimal pct, (string Text, int At, int End) basis)
        {
            if (r.SubDomain) { sink.Warn(st.Line, ExtractMessages.SubDomainTarget, st.Text); return; }
            if (year is null) { sink.Warn(st.Line, ExtractMessages.YearUnknown, st.Text); return; }
            if (r.Frame.Subject.Unit.Length == 0) { sink.Warn(st.Line, ExtractMessages.UnitUnknown, st.Text); return; }
            if (pct is < 0 or > 100) { sink.Warn(st.Line, ExtractMessages.PercentOutOfRange(pct), st.Text); return; }
            var f = r.Frame;
            sink.Targets.Add(new Target(f.Subject.Unit, f.Subject.UnitKind, f.Subject.Province, year.Value, f.Index, f.Criterion,
                pct, r.ProvinceAssigned ? "province" : "plan", basis.Text, Source(basis.At, basis.End)));
        }

        /// <summary>The target phrase as written ("đạt trên 90%", "tăng ít nhất 2% so với năm 2023 (năm 2023 là 84,19%)").</summary>
        private (string Text, int At, int End) Basis(PercentFigure p)
        {
            var from = Math.Max(0, p.At - 120);
            var before = folded[from..p.At];
            var words = TargetStart().Match(before) is { Success: true } t ? t : BasisStart().Match(before);
            var at = words.Success ? from + words.Index : p.At;
            var end = p.End + (OrMore().Match(folded, p.End) is { Success: true } more ? more.Length : 0);
            return (TextNormalizer.Collapse(st.Text[at..end]), at, end);
        }

        private SourceRef Source(int at, int end) =>
            new(ctx.File, st.Line, Snippet.Around(st.Source, st.SourceOffset + at, end - at));
    }

    [GeneratedRegex(@";|\.\s+\p{Lu}")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:tang|giam|dat|la|tren|tu|toi thieu|it nhat)\b(?:\s+\S+){0,3}?\s*$")]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"\G\s*tro\s+len")]
    private static partial Regex OrMore();

    [GeneratedRegex(@"\b(?:chi tieu|phan dau|muc tieu)\b(?:\s+\S+){0,8}?\s*$")]
    private static partial Regex TargetStart();
}
