using System.Globalization;
using IncLead.Documents.Model;
using IncLead.Documents.Spreadsheets;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Features.Results;
using Sheet = IncLead.Documents.Spreadsheets.Sheet;

namespace IncLead.Web.Reporting;

/// <summary>
/// The pack's "Targets" and "How we compare", for the PDF and the workbook alike, so both say the same. A peer figure
/// exists only from five organisations (<see cref="BenchmarkFigure"/> refuses fewer), so nothing here can show less;
/// with no figure the pack says so in one sentence, and says nothing when the trust does not take part.
/// </summary>
public static class PackInsight
{
    public const string NotEnough = "Not enough organisations like ours share their figures yet: a comparison is shown only when at least five do.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static IEnumerable<Block> Blocks(BoardPackInput input)
    {
        yield return new PageBreak();
        yield return new Heading(1, "Targets");
        if (input.Targets.Count == 0)
        {
            yield return new Paragraph(input.Previous is null
                ? "This is the first cycle, so there are no targets to judge it against."
                : $"The board set no targets for {input.Results.CycleName} when it signed off {input.Previous.CycleName}.");
        }
        else
        {
            yield return new Paragraph($"The targets the board set for {input.Results.CycleName} when it signed off {input.Previous!.CycleName}. " +
                "Met means the score reached the target; moved away means it is below the target and lower than last cycle.");
            yield return Table.Create(["Stage or statement", "Target", "Last cycle", "Now", "Result"],
                input.Targets.Select(t => TableRow.Of(t.Label, new TableCell(Level(t.Target), Align: CellAlign.Right),
                    new TableCell(ResultsCharts.Score(t.Before), Align: CellAlign.Right), new TableCell(ResultsCharts.Score(t.Now), Align: CellAlign.Right), t.StatusText)),
                [3, 1, 1, 1, 1.6]);
        }

        if (input.Benchmark is not { } benchmark) yield break;
        yield return new Heading(1, "How we compare");
        if (!benchmark.HasFigures)
        {
            yield return new Paragraph(NotEnough);
            yield break;
        }
        yield return new Paragraph($"{benchmark.CycleName}, the last cycle the board signed off, beside {benchmark.View.PeerGroup!.Value.Plural()} using the same framework version: " +
            "the middle score (median) and the quartiles of those that share their signed-off figures. No organisation is named, and no figure is shown from fewer than five.");
        yield return Table.Create(["Stage", "Our score", "Lower quartile", "Middle score", "Upper quartile", "Where we sit"],
            benchmark.View.Stages.Select(r => TableRow.Of(r.Label, Right(ResultsCharts.Score(r.Own)), Right(Score(r.Figure?.LowerQuartile)),
                Right(Score(r.Figure?.Median)), Right(Score(r.Figure?.UpperQuartile)), r.Position)),
            [2.6, 0.9, 0.9, 0.9, 0.9, 2.2]);
    }

    /// <summary>The same two tables as sheets; "How we compare" is left out when the trust does not take part.</summary>
    public static IEnumerable<Sheet> Sheets(BoardPackInput input)
    {
        yield return new Sheet("Targets",
            [new Column("Stage or statement"), new Column("Target", ColumnType.Decimal), new Column("Last cycle", ColumnType.Decimal), new Column("Now", ColumnType.Decimal), new Column("Result")],
            [.. input.Targets.Select(t => (IReadOnlyList<object?>)[t.Label, t.Target, t.Before, t.Now, t.StatusText])]);
        if (input.Benchmark is not { } benchmark) yield break;
        yield return new Sheet("How we compare",
            [new Column("Stage"), new Column("Cycle compared"), new Column("Our score", ColumnType.Decimal), new Column("Organisations", ColumnType.Integer),
             new Column("Lower quartile", ColumnType.Decimal), new Column("Middle score", ColumnType.Decimal), new Column("Upper quartile", ColumnType.Decimal), new Column("Where we sit")],
            benchmark.HasFigures
                ? [.. benchmark.View.Stages.Select(r => (IReadOnlyList<object?>)[r.Label, benchmark.CycleName, r.Own, r.Figure?.Contributors, r.Figure?.LowerQuartile, r.Figure?.Median, r.Figure?.UpperQuartile, r.Position])]
                : [[NotEnough, benchmark.CycleName, null, null, null, null, null, null]]);
    }

    private static string Level(double level) => level.ToString("0.0", EnGb);

    private static string Score(double? value) => value is { } v ? ResultsCharts.Score(v) : "–";

    private static TableCell Right(string text) => new(text, Align: CellAlign.Right);
}
