using System.Globalization;
using IncLead.Documents.Model;
using IncLead.Web.Features.BoardDevelopment;

namespace IncLead.Web.Reporting;

/// <summary>
/// A board development session's agenda as a PDF, with what the print-friendly agenda page shows: when and where,
/// the aims, the timed agenda and the learning objectives. Created at the session's last change, so the same plan
/// gives the same file.
/// </summary>
public static class SessionAgendaComposer
{
    public static Document Compose(SessionAgenda agenda)
    {
        var s = agenda.Session;
        var when = PackTables.Date(s.HeldOn) + (s.Venue is null ? "" : $", {s.Venue}") + (s.Facilitator is null ? "" : $". Facilitated by {s.Facilitator}");
        var blocks = new List<Block>
        {
            new Heading(1, s.Title),
            new Paragraph([new TextRun(agenda.Organisation, Bold: true), new TextRun($"\n{when}")]),
        };
        if (s.Aims.Count > 0) blocks.AddRange([new Heading(2, "Aims"), Bullets(s.Aims)]);
        blocks.Add(new Heading(2, "Agenda"));
        blocks.Add(new Table([0.6, 1, 4, 1.6, 0.9],
            [TableRow.Of("Item", "Starts after", "What happens", "Led by", new TableCell("Minutes", Align: CellAlign.Right))],
            [.. agenda.Items.Select(i => TableRow.Of(Number(i.Number), i.StartsAfterText, i.Item.Text, i.Item.LedBy ?? "", Minutes(i.Item.Minutes))),
             TableRow.Of("", "", new TableCell("Total", Bold: true), "", Minutes(agenda.TotalMinutes))]));
        if (s.LearningObjectives.Count > 0)
            blocks.AddRange([new Heading(2, "Learning objectives"), new Paragraph("At the end of the session board members will be able to:"), Bullets(s.LearningObjectives)]);

        return new Document($"Agenda: {s.Title}", blocks)
        {
            Subject = $"{agenda.Organisation}: board development session on {PackTables.Date(s.HeldOn)}",
            Author = agenda.Organisation,
            Created = new DateTimeOffset(DateTime.SpecifyKind(s.UpdatedAt, DateTimeKind.Utc)),
            Running = new RunningText(agenda.Organisation, "Board development session", "", PackTables.Date(s.HeldOn)),
        };
    }

    private static BulletList Bullets(IEnumerable<string> lines) => new([.. lines.Select(l => new Paragraph(l))]);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static TableCell Minutes(int minutes) => new(Number(minutes), Align: CellAlign.Right);
}
