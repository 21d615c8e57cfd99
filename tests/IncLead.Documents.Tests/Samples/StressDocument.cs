using IncLead.Documents.Charts;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;

namespace IncLead.Documents.Tests.Samples;

/// <summary>Everything that tends to spill off a page: very long words, long cells in narrow columns, a row taller than a page.</summary>
public static class StressDocument
{
    public static readonly string LongWord = string.Concat(Enumerable.Repeat("Antidisestablishmentarianism", 12));

    public static Document Create()
    {
        var blocks = new List<Block> { new TitlePage("Stress " + LongWord, LongWord, [LongWord]), new TableOfContents() };
        for (var section = 1; section <= 6; section++)
        {
            blocks.Add(new Heading(1, $"Section {section} {LongWord[..(40 * section)]}"));
            blocks.Add(new Paragraph($"Before {LongWord} after. " + string.Join(' ', Enumerable.Repeat("Ordinary words wrap normally here.", 20))));
            blocks.Add(new BulletList([$"Item {LongWord}", "Short item"]));
            blocks.Add(new KeyValueBlock([new("Label " + LongWord, "Value " + LongWord)]));
            blocks.Add(new Table([0.3, 3, 0.3, 1],
                [TableRow.Of("N", "Long header " + LongWord, "X", "Fill")],
                [.. Enumerable.Range(1, 25).Select(r => TableRow.Of($"{r}", $"Row {r} {LongWord} and more", LongWord[..30],
                    new TableCell("Red", NhsColours.Red)))]));
            blocks.Add(new Heading(2, "Tall row"));
            blocks.Add(Table.Create(["Row", "Text"], [TableRow.Of("1", string.Join('\n', Enumerable.Range(1, 140).Select(i => $"line {i}")))], [1, 4]));
            blocks.Add(ChartBlock.For(new BarChart("Bars " + LongWord, [LongWord, "Short"], [new ChartSeries(LongWord, [3, 1])]), 200));
        }
        return new Document("Stress", blocks) { Created = SampleDocuments.Created, Running = new RunningText(LongWord, LongWord, "DRAFT", LongWord) };
    }
}
