using System.Globalization;
using IncLead.Documents.Charts;
using IncLead.Documents.Model;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;

namespace IncLead.Web.Reporting;

/// <summary>
/// Turns a <see cref="BoardPackInput"/> into the board pack document (PRODUCT.md section 6). Pure: it reads no clock
/// and no database, so a signed-off cycle's pack, created at its sign-off time, is the same file every time.
/// Nothing here names a person: figures are aggregated, comments shown only above the anonymity threshold.
/// </summary>
public static class BoardPackComposer
{
    private const int DivergentPerStage = 5;
    private const int MovementsPerStage = 3;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static Document Compose(BoardPackInput input)
    {
        var r = input.Results;
        var status = input.Draft ? "DRAFT" : "Signed off";
        // A board paper opens with its cover sheet and key messages, so a reader sees the recommendation first.
        var blocks = new List<Block>();
        blocks.AddRange(CoverPage(input, status));
        blocks.AddRange(KeyMessagesPage(input));
        blocks.Add(new PageBreak());
        blocks.Add(new TableOfContents());
        blocks.AddRange(ExecutiveSummary(input));
        blocks.AddRange(StageScores(input));
        blocks.AddRange(PackInsight.Blocks(input));
        foreach (var stage in r.Stages) blocks.AddRange(Stage(input, stage));
        blocks.AddRange(Eds(input));
        blocks.AddRange(ActionPlan(input));
        blocks.AddRange(Stories(input));
        blocks.AddRange(Appendix(input));
        blocks.AddRange(ComparisonAppendix(input));
        return new Document($"Inclusion leadership board pack {r.CycleName}", blocks)
        {
            Subject = $"{input.Organisation}: board pack for {r.CycleName}",
            Author = input.Organisation,
            Created = input.Created,
            Running = new RunningText(input.Organisation, $"Board pack {r.CycleName}", input.Draft ? "DRAFT" : "", "Official"),
        };
    }

    /// <summary>The overall score exactly as the results page words it, so the two can be checked against each other.</summary>
    public static string OverallText(CycleResults r) =>
        $"{ResultsCharts.Score(r.Overall.Mean)} out of 3" + (r.Overall.Band is { } band ? $", {band.Label()}" : "");

    /// <summary>The cover sheet's rows in the order NHS board papers print them, for the PDF, the Word copy and tests.</summary>
    public static IReadOnlyList<KeyValue> CoverRows(BoardPackInput input)
    {
        var c = input.Cover;
        return
        [
            new("Meeting", c.Meeting),
            new("Date of meeting", c.MeetingDate is { } d ? PackTables.Date(d) : "To be confirmed"),
            new("Agenda item", Or(c.AgendaItem, "To be confirmed")),
            new("Report title", c.ReportTitle),
            new("Purpose", c.Purpose.Label()),
            new("Author", c.Author),
            new("Executive sponsor", Or(c.ExecutiveSponsor, "Not recorded")),
            new("Previously considered by", Or(c.PreviouslyConsideredBy, "Not considered elsewhere")),
            new("Level of assurance", c.Assurance.Label()),
            new("Links to strategic objectives and board assurance framework risks", Or(c.StrategicLinks, "Not recorded")),
            new("Status", input.Draft ? "Draft: the board has not signed this cycle off" : $"Signed off on {PackTables.DayOf(input.Cycle.SignedOffAt!.Value)}"),
        ];
    }

    private static string Or(string value, string otherwise) => string.IsNullOrWhiteSpace(value) ? otherwise : value;

    private static IEnumerable<Block> CoverPage(BoardPackInput input, string status)
    {
        yield return new Paragraph([new TextRun(input.Organisation, Bold: true), new TextRun($"\n{input.Results.Framework}: {input.Results.CycleName}, {status.ToLowerInvariant()}")]);
        yield return new Heading(1, input.Cover.ReportTitle);
        yield return new KeyValueBlock(CoverRows(input));
        yield return new Heading(2, "Recommendation");
        yield return new Paragraph(input.Cover.Recommendation);
    }

    private static IEnumerable<Block> KeyMessagesPage(BoardPackInput input)
    {
        yield return new PageBreak();
        yield return new Heading(1, "Key messages");
        yield return new BulletList([.. KeyMessages.For(input).Select(m => new Paragraph(m))]);
        var summary = input.Cover.Summary.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (summary.Length == 0) yield break;
        yield return new Heading(2, "Summary from the author");
        foreach (var paragraph in summary) yield return new Paragraph(paragraph);
    }

    private static IEnumerable<Block> ExecutiveSummary(BoardPackInput input)
    {
        var r = input.Results;
        yield return new PageBreak();
        yield return new Heading(1, "Executive summary");
        var pairs = new List<KeyValue>
        {
            new("Overall score", OverallText(r)),
            new("Statements with a score shown", $"{r.Overall.StatementsShown} of {r.Overall.Statements}"),
            new("Completion", $"{r.RespondentsAnswered} of {r.Respondents} respondents rated at least one statement"),
        };
        if (input.Eds is { } eds)
            pairs.Add(new("EDS overall rating", PackTables.EdsOverall(eds)));
        pairs.Add(new("Actions by RAG", string.Join(", ", Enum.GetValues<RagStatus>().Select(g => $"{g.Label()} {input.Actions.Count(a => a.Rag == g)}"))));
        yield return new KeyValueBlock(pairs);
        yield return new Paragraph($"Figures based on fewer than {r.AnonymityThreshold} ratings are not shown, to protect anonymity.");

        var divergent = Divergence.MostDivergent(r.AllStatements, s => s.Statistics, s => s.Code, 5);
        yield return new Heading(2, "Where the board disagrees most");
        yield return divergent.Count == 0
            ? new Paragraph("No statement's ratings were spread widely enough to single out.")
            : new BulletList([.. divergent.Select(s => new Paragraph([new TextRun(s.Code + " ", Bold: true), new TextRun($"{s.Text} (spread {ResultsCharts.Number(s.Statistics.InterquartileRange)})")]))]);
    }

    private static IEnumerable<Block> StageScores(BoardPackInput input)
    {
        var dots = ResultsCharts.StageDots(input.Results, input.Previous, input.Targets);
        yield return new Heading(1, "Stage scores");
        yield return ChartBlock.For(dots, DotChart.HeightFor(dots.Categories.Count), includeDataTable: true);
        if (ResultsCharts.WithheldSentence(dots) is { Length: > 0 } withheld) yield return new Paragraph(withheld);
        var agreement = ResultsCharts.Agreement(input.Results);
        yield return ChartBlock.For(agreement, ResultsCharts.AgreementHeight(agreement));
        yield return new Paragraph("Each row is a factor and each cell one of its statements in questionnaire order: row S2.F3, column 7 is that factor's seventh statement. " +
            "The number is the spread of the ratings (the interquartile range): below 1 the board broadly agrees, from 2 it is divided. A dash means too few people answered for it to be shown.");
    }

    private static IEnumerable<Block> Stage(BoardPackInput input, StageResult stage)
    {
        yield return new PageBreak();
        yield return new Heading(1, $"Stage {stage.Number}: {stage.Title}");
        yield return new Paragraph([new TextRun("Stage score: ", Bold: true), new TextRun(Score(stage.Figure))]);
        yield return new Heading(2, $"Stage {stage.Number} factor scores");
        yield return Table.Create(["Factor", "Score (0 to 3)", "Band", "Statements shown"],
            stage.Factors.Select(f => TableRow.Of($"{f.Code} {f.Title}", new TableCell(ResultsCharts.Score(f.Figure.Mean), Align: CellAlign.Right),
                f.Figure.Band?.Label() ?? "–", new TableCell($"{f.Figure.StatementsShown} of {f.Figure.Statements}", Align: CellAlign.Right))),
            [3, 1, 1, 1]);

        var statements = stage.Factors.SelectMany(f => f.Statements).ToList();
        var divergent = Divergence.MostDivergent(statements, s => s.Statistics, s => s.Code, DivergentPerStage);
        yield return new Heading(2, $"Stage {stage.Number} most divergent statements");
        yield return divergent.Count == 0
            ? new Paragraph("The board broadly agreed on every statement shown in this stage.")
            : new Table([4, 1, 1], [TableRow.Of("Statement", new TableCell("Score (0 to 3)", Align: CellAlign.Right), new TableCell("Spread of ratings", Align: CellAlign.Right))],
                [.. divergent.Select(s => TableRow.Of($"{s.Code} {s.Text}", new TableCell(ResultsCharts.Score(s.Statistics.Mean), Align: CellAlign.Right),
                    new TableCell(ResultsCharts.Score(s.Statistics.InterquartileRange), Align: CellAlign.Right)))]);

        foreach (var block in ComparedWithLastCycle(input, stage)) yield return block;

        var codes = statements.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var positions = input.Positions.Where(p => codes.Contains(p.StatementCode)).ToList();
        yield return new Heading(2, $"Stage {stage.Number} agreed positions");
        yield return positions.Count == 0
            ? new Paragraph("No agreed positions recorded for this stage.")
            : Table.Create(["Statement", "Agreed rating", "Why"],
                positions.Select(p => TableRow.Of($"{p.StatementCode} {p.StatementText}", p.Rating.Label(), p.Dissent is null ? p.Rationale : $"{p.Rationale} Dissent: {p.Dissent}")), [3, 1, 3]);
    }

    /// <summary>
    /// The stage's largest like-for-like statement movements since the last cycle, and how many of its statements could
    /// not be compared like for like (split from an earlier statement, or new). The full comparison, every statement
    /// beside last cycle's figure through the framework mapping, is in the appendix so the stage pages stay short.
    /// </summary>
    private static IEnumerable<Block> ComparedWithLastCycle(BoardPackInput input, StageResult stage)
    {
        if (input.Comparison is not { } comparison) yield break;
        var rows = comparison.Statements.Where(s => s.StageCode == stage.Code).ToList();
        var moved = rows.Where(s => s.Change is not null && Math.Abs(Math.Round(s.Now!.Value, 1) - Math.Round(s.Then!.Value, 1)) >= 0.1 - 1e-9)
            .OrderByDescending(s => Math.Abs(s.Change!.Value)).ThenBy(s => s.Code, StringComparer.Ordinal).Take(MovementsPerStage).ToList();
        var split = rows.Count(s => s.Kind == LineageKind.Split);
        var fresh = rows.Count(s => s.Kind == LineageKind.New);
        yield return new Heading(2, $"Stage {stage.Number} compared with {comparison.PreviousCycle}");
        yield return moved.Count == 0
            ? new Paragraph($"No statement compared like for like moved by 0.1 or more since {comparison.PreviousCycle}.")
            : Table.Create(["Statement", comparison.PreviousCycle, "Now"],
                moved.Select(s => TableRow.Of($"{s.Code} {s.Text}", new TableCell(ResultsCharts.Score(s.Then), Align: CellAlign.Right), new TableCell(ResultsCharts.Score(s.Now), Align: CellAlign.Right))),
                [4, 1, 1]);
        if (split + fresh > 0)
            yield return new Paragraph($"Not compared like for like: {Count(split, "statement")} split from an earlier statement and {Count(fresh, "statement")} new this year, " +
                $"in version {comparison.Version}. The appendix shows each beside the figure it follows.");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// Every statement beside last cycle's figure for the same thing, followed through the framework mapping: a split
    /// statement beside its parent's figure, saying so, with no change worked out; a new one with none. Statements last
    /// cycle asked that this version does not are named and not compared.
    /// </summary>
    private static IEnumerable<Block> ComparisonAppendix(BoardPackInput input)
    {
        if (input.Comparison is not { } comparison) yield break;
        // Only when the framework changed between the cycles: otherwise every row says "same statement", and the stage
        // sections already give the movements, so nine pages would tell the board nothing new.
        if (comparison.Retired.Count == 0 && comparison.Statements.All(s => s.Note.Length == 0)) yield break;
        yield return new PageBreak();
        yield return new Heading(1, $"Appendix: every statement compared with {comparison.PreviousCycle}");
        yield return new Paragraph($"Statements are followed across framework versions: one split into several is shown beside the figure for the statement it was split from, " +
            "which asked more than one thing, so no change is worked out. A dash means there is nothing to compare.");
        foreach (var stage in input.Results.Stages)
        {
            yield return new Heading(2, $"Stage {stage.Number}: {stage.Title}");
            yield return new Table([4, 1, 1, 1, 3],
                [TableRow.Of("Statement", new TableCell("Now", Align: CellAlign.Right), new TableCell(comparison.PreviousCycle, Align: CellAlign.Right),
                    new TableCell("Change", Align: CellAlign.Right), "Compared with")],
                [.. comparison.Statements.Where(s => s.StageCode == stage.Code).Select(s => TableRow.Of($"{s.Code} {s.Text}",
                    new TableCell(ResultsCharts.Score(s.Now), Align: CellAlign.Right),
                    new TableCell(s.EarlierCode is null ? "–" : ResultsCharts.Score(s.Then), Align: CellAlign.Right),
                    new TableCell(s.Change is { } change ? change.ToString("+0.0;-0.0;0.0", EnGb) : "–", Align: CellAlign.Right),
                    s.Note.Length > 0 ? s.Note : "Same statement"))]);
        }
        if (comparison.Retired.Count > 0)
            yield return new Paragraph($"Not compared: {string.Join(", ", comparison.Retired)}, asked in {comparison.PreviousCycle}, {(comparison.Retired.Count == 1 ? "is" : "are")} no longer asked in version {comparison.Version}.");
    }

    private static IEnumerable<Block> Eds(BoardPackInput input)
    {
        if (input.Eds is not { } eds) yield break;
        yield return new PageBreak();
        yield return new Heading(1, "Equality Delivery System scorecard");
        yield return new Paragraph($"{eds.FrameworkTitle}: {eds.OutcomesAgreed} of {eds.OutcomeCount} outcomes agreed.");
        yield return PackTables.EdsScorecard(eds);
        if (eds.HasTotals) yield return PackTables.EdsDomainTotals(eds);
    }

    private static IEnumerable<Block> ActionPlan(BoardPackInput input)
    {
        yield return new PageBreak();
        yield return new Heading(1, "Action plan summary");
        yield return new Paragraph(input.ActionsAsTabled
            ? $"The action plan as tabled when the board signed this cycle off, on {PackTables.DayOf(input.AsAt)}. Later changes do not alter it" +
              (input.Progress is null ? "." : "; they are in \"Progress since sign-off\" after it.") + " Each RAG rating (red, amber or green) comes from the action's status, due date and any risk flagged; nobody types it in."
            : $"The organisation's action plan as at {PackTables.DayOf(input.AsAt)}. Each RAG rating (red, amber or green) comes from the action's status, due date and any risk flagged; nobody types it in.");
        yield return PackTables.RagCounts(input.Actions);
        var overdue = PackTables.Overdue(input.Actions, input.AsAt).ToList();
        yield return new Heading(2, "Overdue actions");
        yield return overdue.Count == 0 ? new Paragraph("No action is overdue.") : PackTables.Actions(overdue);
        // Each action once: an overdue action is listed above, not again here.
        var listed = overdue.Select(a => a.Id).ToHashSet();
        var open = input.Actions.Where(a => a.Status.IsOpen() && !listed.Contains(a.Id)).OrderBy(a => a.Rag).ThenBy(a => a.DueOn).ThenBy(a => a.Id).ToList();
        yield return new Heading(2, overdue.Count == 0 ? "Open actions" : "Other open actions");
        yield return open.Count == 0 ? new Paragraph("No other open actions.") : PackTables.Actions(open);
        foreach (var block in ProgressSinceSignOff(input)) yield return block;
    }

    /// <summary>
    /// What has happened to the plan since sign-off, kept apart from the plan as tabled and clearly labelled: tabled
    /// actions whose status or due date has changed, then actions raised since. Each action appears once.
    /// </summary>
    private static IEnumerable<Block> ProgressSinceSignOff(BoardPackInput input)
    {
        if (input.Progress is not { } now) yield break;
        yield return new Heading(1, "Progress since sign-off");
        yield return new Paragraph($"Not part of the pack the board signed off: the action plan as at {PackTables.DayOf(input.ProgressAsAt)}, against the plan as tabled on {PackTables.DayOf(input.AsAt)}.");
        var tabled = input.Actions.ToDictionary(a => a.Id);
        var changed = now.Where(a => tabled.TryGetValue(a.Id, out var then) && (then.Status != a.Status || then.DueOn != a.DueOn)).OrderBy(a => a.Id).ToList();
        yield return new Heading(2, "Tabled actions that have moved on");
        yield return changed.Count == 0
            ? new Paragraph("No tabled action has changed status or due date.")
            : Table.Create(["Ref", "Action", "At sign-off", "Now", "Due now"],
                changed.Select(a => TableRow.Of($"A{a.Id}", a.Title, tabled[a.Id].Status.Label(), a.Status.Label(), PackTables.Date(a.DueOn))), [0.6, 3, 1.2, 1.2, 1.3]);
        var raised = now.Where(a => !tabled.ContainsKey(a.Id)).OrderBy(a => a.Id).ToList();
        yield return new Heading(2, "Actions raised since sign-off");
        yield return raised.Count == 0 ? new Paragraph("No action has been raised since sign-off.") : PackTables.Actions(raised);
    }

    private static IEnumerable<Block> Stories(BoardPackInput input)
    {
        yield return new PageBreak();
        yield return new Heading(1, "Lived experience");
        if (input.Stories.Count == 0)
        {
            yield return new Paragraph("No stories have been shared with the board.");
            yield break;
        }
        foreach (var s in input.Stories)
        {
            yield return new Heading(2, s.Title);
            yield return new Paragraph([new TextRun($"{s.Voice}'s story" + (s.StageNumber is { } n ? $", stage {n}" : ""), Italic: true)]);
            yield return new Paragraph(s.Narrative);
        }
    }

    private static IEnumerable<Block> Appendix(BoardPackInput input)
    {
        var r = input.Results;
        yield return new PageBreak();
        yield return new Heading(1, "Appendix: comments");
        yield return new Paragraph($"Comments are shown only where at least {r.AnonymityThreshold} people answered the statement, in an order that does not follow who answered first, and never with a name.");
        var any = false;
        foreach (var s in r.AllStatements.Where(s => s.Comments.Count > 0))
        {
            any = true;
            yield return new Paragraph([new TextRun($"{s.Code} {s.Text}", Bold: true)]) { KeepWithNext = true };
            yield return new BulletList([.. s.Comments.Select(c => new Paragraph(c))]);
        }
        if (!any) yield return new Paragraph("No comments can be shown.");

        yield return new Heading(1, "Appendix: method");
        yield return new BulletList([
            new Paragraph("Each board member rated each statement from 0 (undeveloped) to 3 (excelling), or said they did not know."),
            new Paragraph("A statement's score is the mean of its ratings; factor, stage and overall scores are means of the statement scores shown."),
            new Paragraph("Bands: below 0.5 Undeveloped, below 1.5 Developing, below 2.5 Achieving, otherwise Excelling."),
            new Paragraph($"Figures based on fewer than {r.AnonymityThreshold} ratings are withheld, to protect anonymity."),
            new Paragraph("Divergence ranks statements by the interquartile range of their ratings, then by standard deviation."),
            new Paragraph(input.Draft ? "This pack is a draft: figures can change until the board signs the cycle off." : "These figures are the ones frozen when the board signed the cycle off."),
        ]);
    }

    private static string Score(Figure f) => ResultsCharts.Score(f.Mean) + (f.Band is { } b ? $" ({b.Label()})" : "");
}
