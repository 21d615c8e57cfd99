using IncLead.Documents.Charts;

namespace IncLead.Documents.Tests.Samples;

/// <summary>Charts shaped like the board pack's: stage radar, rating distribution, consensus heatmap.</summary>
public static class SampleCharts
{
    public static readonly string[] Stages =
        ["The Board room", "Board room to office", "Office to staff room", "Staff room to consulting room", "Consulting room to bus stop"];

    public static RadarChart StageRadar() => new(
        "Stage scores, this year against last year",
        Stages,
        [new ChartSeries("This year", [2.1, 1.6, 1.2, 1.8, 0.9]), new ChartSeries("Last year", [1.7, 1.4, 1.3, 1.1, 0.7])]);

    public static BarChart RatingDistribution() => new(
        "How board members rated Stage 1 statements",
        ["Culture of debate", "Insularity", "Board leads for inclusion", "Business case for inclusion", "Council of Governors", "Public engagement"],
        [
            new ChartSeries("Undeveloped", [1, 3, 0, 2, 1, 4]),
            new ChartSeries("Developing", [4, 5, 3, 4, 2, 5]),
            new ChartSeries("Achieving", [6, 3, 7, 5, 6, 2]),
            new ChartSeries("Excelling", [2, 1, 3, 2, 3, 1]),
        ],
        BarMode.Stacked);

    public static BarChart GroupedBars() => new(
        "Actions by status",
        ["Stage 1", "Stage 2", "Stage 3"],
        [new ChartSeries("Open", [4, 2, 5]), new ChartSeries("Done", [3, 6, 1])]);

    public static Heatmap Consensus()
    {
        string[] members = ["Chair", "Chief executive", "Director of nursing", "Medical director", "Finance director", "NED 1", "NED 2", "NED 3"];
        var values = Enumerable.Range(0, 6).Select(r => (IReadOnlyList<double?>)[.. members.Select((_, c) =>
            (r * 7 + c * 3) % 11 == 0 ? (double?)null : ((r * 5 + c * 2) % 7) / 2.0)]).ToList();
        return new Heatmap("Where the board agrees and disagrees (Stage 1)",
            ["S1.F1 Culture of debate", "S1.F2 Insularity", "S1.F3 Board leads", "S1.F4 Business case", "S1.F5 Governors", "S1.F6 Public engagement"],
            members, values, ColourScale.Rating);
    }
}
