using System.Globalization;
using IncLead.Documents.Charts;
using IncLead.Documents.Colours;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Insight;

namespace IncLead.Web.Features.Results;

/// <summary>
/// Turns results into the shared chart model (IncLead.Documents), so the web pages and the board pack draw the same
/// charts from the same figures. Each chart describes itself in words; the pages also show the figures as tables.
/// </summary>
public static class ResultsCharts
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    // One hue in three clearly different lightnesses: readable with any colour vision and in greyscale, and never
    // red, amber or green, which mean action status elsewhere in the product.
    private static readonly Rgb AgreeColour = Rgb.Parse("#cfe2f3");
    private static readonly Rgb MixedColour = Rgb.Parse("#4c8fd0");
    private static readonly Rgb DividedColour = NhsColours.DarkBlue;

    /// <summary>Three steps for the interquartile range, matching the consensus levels: below 1, below 2, from 2.</summary>
    public static ColourScale AgreementScale { get; } = new([
        new(0, AgreeColour), new(0.99, AgreeColour), new(1, MixedColour), new(1.99, MixedColour), new(2, DividedColour)]);

    /// <summary>The agreement heatmap's legend: the three consensus levels, named, with their ranges.</summary>
    public static IReadOnlyList<LegendBand> AgreementBands { get; } =
    [
        new($"{Consensus.Agreement.Label()} (under 1)", AgreeColour),
        new($"{Consensus.Mixed.Label()} (1 to under 2)", MixedColour),
        new($"{Consensus.Divided.Label()} (2 or more)", DividedColour),
    ];

    /// <summary>
    /// Stage means against the previous cycle, with a mark for each stage target set for the current cycle. The radar
    /// cannot draw a gap, so a cycle with a withheld stage mean is left out and named.
    /// </summary>
    public static (RadarChart Chart, IReadOnlyList<string> LeftOut) StageRadar(CycleResults current, CycleResults? previous, IReadOnlyList<Insight.TargetOutcome>? targets = null)
    {
        var candidates = new List<(string Name, IReadOnlyList<double?> Values)> { (current.CycleName, current.Stages.Select(s => s.Figure.Mean).ToList()) };
        if (previous is not null)
            candidates.Add((previous.CycleName, current.Stages.Select(s => previous.Stages.FirstOrDefault(p => p.Code == s.Code)?.Figure.Mean).ToList()));
        var drawn = candidates.Where(c => c.Values.All(v => v is not null)).Select(c => new ChartSeries(c.Name, [.. c.Values.Select(v => v!.Value)])).ToList();
        var leftOut = candidates.Where(c => c.Values.Any(v => v is null)).Select(c => c.Name).ToList();
        var title = $"Stage scores, {current.CycleName}" + (previous is null ? "" : $" against {previous.CycleName}");
        return (new RadarChart(title, [.. current.Stages.Select(s => $"Stage {s.Number}")], drawn)
        {
            AxisName = "Stage",
            Targets = [.. current.Stages.Select(s => StageTarget(targets, s.Code))],
        }, leftOut);
    }

    static double? StageTarget(IReadOnlyList<Insight.TargetOutcome>? targets, string stageCode) => targets.ForStage(stageCode)?.Target;

    /// <summary>
    /// The main stage-score chart: each stage this cycle against the last as two dots joined by a line, values written
    /// beside them. A withheld stage score (too few ratings) has no dot and its row names it; <see cref="Withheld"/>
    /// names them for the caption. A stage target the board set for the current cycle at the last sign-off is marked
    /// on its row.
    /// </summary>
    public static DotChart StageDots(CycleResults current, CycleResults? previous, IReadOnlyList<Insight.TargetOutcome>? targets = null)
    {
        var series = new List<DotSeries> { new(current.CycleName, [.. current.Stages.Select(s => s.Figure.Mean)]) };
        if (previous is not null)
            series.Add(new(previous.CycleName, [.. current.Stages.Select(s => previous.Stages.FirstOrDefault(p => p.Code == s.Code)?.Figure.Mean)]));
        // The legend names the cycles, so the title stays short enough for a phone.
        return new DotChart("Stage scores out of 3", [.. current.Stages.Select(s => $"Stage {s.Number}")], series)
        {
            CategoryName = "Stage",
            Targets = [.. current.Stages.Select(s => StageTarget(targets, s.Code))],
        };
    }

    /// <summary>"Stage 3 in 2025/26" for each stage score the chart does not draw.</summary>
    public static IReadOnlyList<string> Withheld(DotChart chart) =>
        [.. chart.Categories.SelectMany((stage, c) => chart.Series.Where(s => c >= s.Values.Count || s.Values[c] is null).Select(s => $"{stage} in {s.Name}"))];

    /// <summary>The caption sentence naming what is not drawn, or nothing.</summary>
    public static string WithheldSentence(DotChart chart) => Withheld(chart) is { Count: > 0 } names
        ? $"Not drawn, because too few people rated it or the stage was not in that cycle: {string.Join(", ", names)}."
        : "";

    public static BarChart Distribution(StatementResult statement)
    {
        var counts = statement.Statistics.Distribution ?? [0, 0, 0, 0];
        return new BarChart($"How the board rated {statement.Code}", [.. RatingScale.Points.Select(p => p.Label())], [new ChartSeries("People", [.. counts.Select(c => (double)c)])]);
    }

    /// <summary>
    /// One row per factor (named by its code), one cell per statement in questionnaire order (column n is the factor's
    /// nth statement); the value is its spread. Factors hold at most fifteen statements, so every cell stays wide enough
    /// for its value at the width of a page, where a row per stage needed fifty columns.
    /// </summary>
    public static Heatmap Agreement(CycleResults results)
    {
        var factors = results.Stages.SelectMany(s => s.Factors).ToList();
        var columns = factors.Select(f => f.Statements.Count).DefaultIfEmpty(1).Max();
        // A title short enough for a laptop's column at 19px; the caption explains the spread.
        return new Heatmap("Agreement on each statement",
            [.. factors.Select(f => f.Code)],
            [.. Enumerable.Range(1, columns).Select(i => i.ToString(CultureInfo.InvariantCulture))],
            [.. factors.Select(f => (IReadOnlyList<double?>)[.. f.Statements.Select(x => x.Statistics.InterquartileRange)])],
            AgreementScale) { ValueFormat = "0.0", Bands = AgreementBands };
    }

    /// <summary>The height that gives each factor's row of the agreement heatmap 16 points: title, column labels, rows, legend.</summary>
    public static double AgreementHeight(Heatmap heatmap) => 24 + 17 + heatmap.RowLabels.Count * 16 + 24;

    public static string Score(double? mean) => mean is { } m ? m.ToString("0.0", EnGb) : "not shown";

    /// <summary>A figure with one decimal place, as every score and spread is written; a dash where there is none.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.0", EnGb) : "–";
}
