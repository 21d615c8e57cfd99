using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IncLead.Tests.Features.Eds;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// Issue 10, item 7: every EDS outcome and grade whose wording the framework file marks as not confirmed carries
/// "(wording to be confirmed)" wherever an output prints it, read back from the files the app serves. (No CSV export
/// prints EDS outcomes or grades: the action list, stories, benchmark and audit log CSVs have none.)
/// </summary>
public sealed class WordingToBeConfirmedTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Flag = "(wording to be confirmed)";

    private sealed record Flagged(IReadOnlyList<(string Code, string Text)> Outcomes, IReadOnlyList<string> Grades);

    /// <summary>What the framework file flags, read from the file itself.</summary>
    private static Flagged FromFile()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Frameworks", "Data", "eds-2022.json")));
        static bool IsFlagged(JsonElement e) => e.TryGetProperty("wordingToBeConfirmed", out var f) && f.GetBoolean();
        var root = json.RootElement;
        return new(
            [.. root.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("outcomes").EnumerateArray()).Where(IsFlagged)
                .Select(o => (o.GetProperty("code").GetString()!, o.GetProperty("text").GetString()!))],
            [.. root.GetProperty("grades").EnumerateArray().Where(IsFlagged).Select(g => g.GetProperty("name").GetString()!)]);
    }

    [Fact]
    public async Task The_importer_keeps_the_flag_of_every_outcome_and_grade_the_framework_file_flags()
    {
        var file = FromFile();
        Assert.NotEmpty(file.Outcomes);
        Assert.NotEmpty(file.Grades);
        var grades = await app.QueryAsync(db => db.EdsGrades.Where(g => g.WordingToBeConfirmed && db.Frameworks.Any(f => f.Id == g.FrameworkId && f.Code == "eds2022")).Select(g => g.Name).Distinct().ToListAsync());
        var outcomes = await app.QueryAsync(db => db.EdsOutcomes.Where(o => o.WordingToBeConfirmed && db.EdsDomains.Any(d => d.Id == o.DomainId && db.Frameworks.Any(f => f.Id == d.FrameworkId && f.Code == "eds2022")))
            .Select(o => o.Code).Distinct().ToListAsync());
        Assert.Equal(file.Grades.Order(), grades.Order());
        Assert.Equal(file.Outcomes.Select(o => o.Code).Order(), outcomes.Order());
    }

    [Fact]
    public async Task The_eds_summary_the_board_pack_and_the_workbook_flag_every_flagged_outcome_and_grade_they_print()
    {
        var file = FromFile();
        var id = await app.CycleIdAsync("2025/26");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var summary = await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.pdf", "riverside-eds-summary-2025-26.pdf");
        var pack = await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", "riverside-board-pack-2025-26.pdf");
        // Table cells wrap, so each column is read on its own: the outcome column, then the grade column.
        foreach (var (name, outcomes, grades) in new[]
        {
            ("EDS summary", ReportPdf.Column(summary, "Outcome", "Evidence"), ReportPdf.Column(summary, "Rating", "Owner")),
            ("board pack", ReportPdf.Column(pack, "Outcome", "Grade"), ReportPdf.Column(pack, "Grade", null)),
        })
        {
            foreach (var (code, outcome) in file.Outcomes)
                Assert.True(outcomes.Contains($"{code} {outcome} {Flag}", StringComparison.Ordinal), $"The {name} does not flag outcome {code}: {outcomes}");
            foreach (var grade in file.Grades)
                Assert.Equal(Count(grades, grade), Count(grades, $"{grade} {Flag}"));
        }
        Assert.Contains("to 3 (Excelling activity (wording to be confirmed))", ReportPdf.Text(summary), StringComparison.Ordinal);

        var workbook = await lead.DownloadAsync($"/cycles/{id}/reports/workbook.xlsx", "riverside-board-pack-data-2025-26.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = SheetRows(workbook, "EDS grades");
        Assert.Equal(["Domain", "Outcome", "Text", "Score", "Grade"], rows[0]);
        foreach (var (code, outcome) in file.Outcomes)
            Assert.Equal($"{outcome} {Flag}", rows.Single(r => r[1] == code)[2]);
        foreach (var row in rows.Skip(1).Where(r => file.Outcomes.All(o => o.Code != r[1])))
            Assert.DoesNotContain(Flag, row[2], StringComparison.Ordinal);
        foreach (var grade in file.Grades)
            Assert.All(rows.Skip(1).Where(r => r.Count > 4 && r[4].StartsWith(grade, StringComparison.Ordinal)), r => Assert.Equal($"{grade} {Flag}", r[4]));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>A sheet's cells as text, row by row (shared and inline strings and numbers).</summary>
    private static List<List<string>> SheetRows(byte[] xlsx, string sheetName)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList())];
    }
}
