using IncLead.Documents.Colours;
using IncLead.Documents.Model;

namespace IncLead.Documents.Tests.Samples;

/// <summary>Documents for tests and the benchmark, built from fixed data so output is repeatable.</summary>
public static class SampleDocuments
{
    public static readonly DateTimeOffset Created = new(2027, 3, 12, 9, 30, 0, TimeSpan.Zero);

    public static readonly RunningText Running = new("Leicester Community NHS Trust", "Board pack 2026/27", "DRAFT", "Official");

    public static Document Small(params Block[] blocks) =>
        new("Test document", [.. blocks]) { Created = Created, Running = Running, Author = "Equality lead", Subject = "Tests" };

    /// <summary>A board pack of about 30 pages: cover, contents, text, charts, coloured tables, a long register.</summary>
    public static Document BoardPack(int registerRows = 600)
    {
        var blocks = new List<Block>
        {
            new TitlePage("Inclusion leadership board pack", "Annual assessment 2026/27 – DRAFT",
                ["Leicester Community NHS Trust", "Board meeting: 12 March 2027", "Prepared by the equality lead", "Cost of programme: £12,500 – café-style sessions included"]),
            new TableOfContents(),
            new Heading(1, "Executive summary", "summary"),
            new Paragraph([new TextRun("This pack reports the board's "), new TextRun("self-assessment", Bold: true),
                new TextRun(" against the five stages of the IncLeaD toolkit, with "), new TextRun("agreed positions", Italic: true),
                new TextRun(" and the equality action plan. Spend this year was £12,500 – within budget – and café-style listening sessions reached 140 people.")]),
            new BulletList(["Scores rose in four of five stages.", "The board disagrees most about insularity and public engagement.",
                "Three actions are overdue; two are blocked by recruitment.", "Stories from staff networks are in section 6."]),
            new KeyValueBlock([new("Organisation", "Leicester Community NHS Trust"), new("Cycle", "2026/27"), new("Status", "Draft – not yet signed off"),
                new("Respondents", "14 of 16 board members (88%)"), new("Board sponsor", "Chief executive")]),
            ChartBlock.For(SampleCharts.StageRadar(), 280, includeDataTable: true),
        };
        for (var stage = 1; stage <= 5; stage++)
            blocks.AddRange(Stage(stage));
        blocks.Add(new Heading(1, "Action plan"));
        blocks.Add(ChartBlock.For(SampleCharts.GroupedBars(), 170));
        blocks.Add(Register(registerRows));
        blocks.Add(new Heading(1, "Appendix: method"));
        blocks.Add(new Paragraph(string.Join(' ', Enumerable.Repeat("Ratings use the four-level scale shared with EDS 2022: Undeveloped 0, Developing 1, Achieving 2, Excelling 3. Breakdowns based on fewer than three respondents are suppressed.", 6))));
        return new Document("Inclusion leadership board pack 2026/27", blocks)
        {
            Created = Created, Running = Running, Author = "Equality lead", Subject = "Board self-assessment, agreed positions and action plan",
        };
    }

    static IEnumerable<Block> Stage(int stage)
    {
        yield return new Heading(1, $"Stage {stage}: {SampleCharts.Stages[stage - 1]}");
        yield return new Paragraph($"Stage {stage} asks the board how inclusion is led from {SampleCharts.Stages[stage - 1].ToLowerInvariant()}. " +
            "The factor scores below are medians of the board's ratings; cells are coloured by rating band.");
        yield return new Heading(2, $"Stage {stage} factor scores");
        yield return Table.Create(["Factor", "Median", "Mean", "Spread", "Agreed position"],
            Enumerable.Range(1, 6).Select(f => TableRow.Of($"S{stage}.F{f} factor {f}", Rated((stage + f) % 4), $"{(stage + f) % 4}.{f}", $"{f % 3}",
                "The board agreed this position after discussion; dissent was noted where members rated two or more levels apart.")),
            [3, 1.7, 1, 1, 4]);
        yield return new Heading(2, $"Stage {stage} consensus");
        yield return ChartBlock.For(stage % 2 == 0 ? SampleCharts.RatingDistribution() : SampleCharts.Consensus(), 230);
        yield return new Heading(3, "Most divergent statements");
        yield return new BulletList([.. Enumerable.Range(1, 3).Select(i => new Paragraph($"S{stage}.F{i}.0{i}: members rated this from Undeveloped to Excelling."))]);
    }

    static TableCell Rated(int score) => new(score switch { 0 => "Undeveloped", 1 => "Developing", 2 => "Achieving", _ => "Excelling" },
        score switch { 0 => NhsColours.Red, 1 => NhsColours.WarmYellow, 2 => NhsColours.Green, _ => NhsColours.Purple });

    static Table Register(int rows) => Table.Create(["Ref", "Action", "Owner", "Due", "RAG"],
        Enumerable.Range(1, rows).Select(i => TableRow.Of($"A{i:000}",
            i % 9 == 0 ? $"Review recruitment panels for inclusion – include lay members and staff-network representatives; report back to the people committee (item {i})" : $"Action {i}: publish the équipe summary",
            i % 4 == 0 ? "Director of nursing" : "Equality lead", $"{1 + i % 28:00}/0{1 + i % 9}/2027",
            i % 5 == 0 ? new TableCell("Red", NhsColours.Red) : i % 3 == 0 ? new TableCell("Amber", NhsColours.WarmYellow) : new TableCell("Green", NhsColours.Green))),
        [0.8, 4, 1.6, 1.1, 0.8]);
}
