using System.Globalization;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results.Charts;

namespace IncLead.Web.Features.Results;

/// <summary>Turns results into chart models. The descriptions are full sentences, so they stand in for the picture.</summary>
public static class ResultsCharts
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static RadarChart StageRadar(CycleResults current, CycleResults? previous)
    {
        var axes = current.Stages.Select(s => $"Stage {s.Number}").ToList();
        var series = new List<ChartSeries> { new(current.CycleName, current.Stages.Select(s => s.Figure.Mean).ToList(), ChartColours.Blue) };
        if (previous is not null)
            series.Add(new(previous.CycleName, current.Stages.Select(s => previous.Stages.FirstOrDefault(p => p.Code == s.Code)?.Figure.Mean).ToList(), ChartColours.DarkGrey, Dashed: true));
        var description = string.Join("; ", current.Stages.Select(s =>
        {
            var before = previous?.Stages.FirstOrDefault(p => p.Code == s.Code)?.Figure.Mean;
            return $"Stage {s.Number} {s.Title}: {Score(s.Figure.Mean)}" + (previous is null ? "" : $" ({previous.CycleName}: {Score(before)})");
        }));
        return new RadarChart($"Stage scores, {current.CycleName}" + (previous is null ? "" : $" against {previous.CycleName}"),
            $"Mean score out of 3 for each stage. {description}.", axes, 3, series);
    }

    public static BarChart Distribution(StatementResult statement)
    {
        var counts = statement.Statistics.Distribution ?? [0, 0, 0, 0];
        var bars = RatingScale.Points.Select((p, i) => new Bar(p.Label(), counts[i], ChartColours.Blue, counts[i].ToString(EnGb))).ToList();
        var text = string.Join(", ", RatingScale.Points.Select((p, i) => $"{p.Label()} {counts[i]}"));
        return new BarChart($"How the board rated {statement.Code}", $"Number of people choosing each rating: {text}.", bars);
    }

    public static Heatmap Agreement(CycleResults results)
    {
        var rows = results.Stages.Select(stage => new HeatmapRow($"Stage {stage.Number}",
            stage.Factors.SelectMany(f => f.Statements).Select(s =>
            {
                var (colour, text, label) = Cell(s.Statistics);
                return new HeatmapCell(s.Code[(s.Code.IndexOf('.', StringComparison.Ordinal) + 1)..], colour, text, $"{s.Code}: {label}");
            }).ToList())).ToList();
        var counts = results.AllStatements.GroupBy(s => Cell(s.Statistics).Label).Select(g => $"{g.Key}: {g.Count()}");
        return new Heatmap("Agreement across the statements", $"Each square is a statement, coloured by how far the board agrees on it. {string.Join("; ", counts)}.",
            rows, [new("Agreement", ChartColours.Green), new("Mixed views", ChartColours.WarmYellow), new("Divided", ChartColours.Red), new("Not shown", ChartColours.Grey)]);
    }

    private static (string Colour, string Text, string Label) Cell(StatementStatistics s) => s.Consensus switch
    {
        Consensus.Agreement => (ChartColours.Green, ChartColours.White, "Agreement"),
        Consensus.Mixed => (ChartColours.WarmYellow, ChartColours.Black, "Mixed views"),
        Consensus.Divided => (ChartColours.Red, ChartColours.White, "Divided"),
        _ => (ChartColours.Grey, ChartColours.Black, "Not shown"),
    };

    public static string Score(double? mean) => mean is { } m ? m.ToString("0.0", EnGb) : "not shown";

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", EnGb) : "–";
}
