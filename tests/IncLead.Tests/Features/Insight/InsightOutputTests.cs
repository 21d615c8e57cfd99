using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Reporting;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Insight;

/// <summary>
/// The board pack and its workbook show last cycle's targets judged, and where the board stands among its peers only
/// from five organisations (the real PDF read back with PdfPig, the real xlsx with the Open XML SDK); the trend charts
/// mark the targets.
/// </summary>
public sealed class InsightOutputTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_trend_pages_mark_the_targets_on_their_charts_and_in_their_tables()
    {
        var current = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var trend = await lead.GetPageAsync($"/cycles/{current}/trend");
        // The demo board set a target for every stage when it signed off 2025/26.
        Assert.Contains("Target for 2026/27</th>", trend);
        Assert.Matches(@"Target </span>\d\.\d: (Met|Not met)", trend);
        // The dot chart marks them too, and says so in its description and its data table.
        Assert.Matches(@"<desc id=""trend-dots-desc"">[^<]* Targets: Stage 1 \d\.\d, Stage 2 \d\.\d, Stage 3 \d\.\d, Stage 4 \d\.\d, Stage 5 \d\.\d\.</desc>", trend);

        var all = await lead.GetPageAsync("/dashboard/trend");
        // Each stage's bars by cycle: 2026/27 carries the target set for it, in the description and under its figure.
        Assert.Matches(@"<desc id=""trend-bars-0-desc"">[^<]*2026/27: Mean [\d.]+, target [\d.]+\.", all);
        Assert.Matches(@"target \d\.\d: (met|not met)", all);
    }

    private const string PdfName = "riverside-board-pack-2026-27.pdf";
    private const string XlsxName = "riverside-board-pack-data-2026-27.xlsx";

    [Fact]
    public async Task The_comparison_appears_with_five_organisations_and_not_with_four_in_the_pdf_and_the_workbook()
    {
        var current = await app.OpenDemoCycleIdAsync();
        var riverside = await app.RiversideIdAsync();
        await app.KeepOnlyRiversideAsync();
        await app.AddAsync(3, riverside);
        await app.RecomputeAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);

        var four = ReportPdf.Text(await lead.DownloadAsync($"/cycles/{current}/reports/board-pack.pdf", PdfName));
        Assert.Contains(PackInsight.NotEnough, four);
        Assert.DoesNotContain("quartile among", four);
        Assert.DoesNotContain("the last cycle the board signed off, beside", four);
        var fourSheet = Rows(await lead.DownloadAsync($"/cycles/{current}/reports/workbook.xlsx", XlsxName, Xlsx), "How we compare");
        Assert.Equal(PackInsight.NotEnough, Assert.Single(fourSheet.Skip(1))[0]);
        Assert.All(fourSheet.Skip(1).SelectMany(r => r.Skip(2)), cell => Assert.Equal("", cell));

        await app.AddAsync(1, riverside);
        await app.RecomputeAsync();
        var pdf = await lead.DownloadAsync($"/cycles/{current}/reports/board-pack.pdf", PdfName);
        var five = ReportPdf.Text(pdf);
        Assert.Contains("2025/26, the last cycle the board signed off", five);
        Assert.Matches("(Top|Second|Third|Bottom) quartile among 5 acute trusts", five);
        Assert.DoesNotContain(PackInsight.NotEnough, five);
        var xlsx = await lead.DownloadAsync($"/cycles/{current}/reports/workbook.xlsx", XlsxName, Xlsx);
        var sheet = Rows(xlsx, "How we compare");
        Assert.Equal(["Stage", "Cycle compared", "Our score", "Organisations", "Lower quartile", "Middle score", "Upper quartile", "Where we sit"], sheet[0]);
        Assert.Contains(sheet.Skip(1), r => r[3] == "5" && r[7].EndsWith("among 5 acute trusts", StringComparison.Ordinal));

        // No other organisation is named in either file.
        var others = await app.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.OdsCode != DemoData.OdsCode).Select(o => o.Name).ToListAsync());
        var workbookText = string.Join(" ", Names(xlsx).SelectMany(n => Rows(xlsx, n)).SelectMany(r => r));
        Assert.All(others, name => Assert.DoesNotContain(name, five + workbookText));
    }

    [Fact]
    public async Task Targets_set_at_last_sign_off_are_judged_against_this_cycle_in_the_pdf_and_the_workbook()
    {
        var (signed, current) = (await CycleIdAsync("2025/26"), await app.OpenDemoCycleIdAsync());
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        // At the 2025/26 sign-off: stage 1 a target any shown score meets, stage 2 one no score below 3 meets.
        var response = await lead.SubmitAsync($"/cycles/{signed}/targets", $"/cycles/{signed}/targets", new Dictionary<string, string>
        {
            ["Form.Stages[0].Code"] = await StageCodeAsync(1), ["Form.Stages[0].Level"] = "0",
            ["Form.Stages[1].Code"] = await StageCodeAsync(2), ["Form.Stages[1].Level"] = "3",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        var text = ReportPdf.Text(await lead.DownloadAsync($"/cycles/{current}/reports/board-pack.pdf", PdfName));
        var targets = Section(text, "The targets the board set for 2026/27 when it signed off 2025/26", "How we compare");
        Assert.Contains("Stage or statement Target Last cycle Now Result", targets);
        Assert.Matches(@"Stage 1: .*? 0\.0 [\d.]+ [\d.]+ Met", targets);
        Assert.Matches(@"Stage 2: .*? 3\.0 [\d.]+ [\d.]+ Not met", targets);

        // Every row of the workbook's table follows the rule on its own figures: met when now reaches the target,
        // moved away when below it and lower than last cycle, otherwise not met.
        var rows = Rows(await lead.DownloadAsync($"/cycles/{current}/reports/workbook.xlsx", XlsxName, Xlsx), "Targets").Skip(1).ToList();
        Assert.True(rows.Count >= 5, $"{rows.Count} targets");
        foreach (var row in rows)
        {
            var (target, before, now) = (double.Parse(row[1], CultureInfo.InvariantCulture), Number(row[2]), Number(row[3]));
            var expected = now is not { } n ? "Not known: the score is not shown" : n >= target ? "Met" : before is { } b && n < b ? "Not met, moved away" : "Not met";
            Assert.True(expected == row[4], $"{row[0]}: target {target}, last cycle {before}, now {now}: expected {expected}, got {row[4]}");
        }
        Assert.Equal("Met", rows.Single(r => r[0].StartsWith("Stage 1:", StringComparison.Ordinal))[4]);
        Assert.StartsWith("Not met", rows.Single(r => r[0].StartsWith("Stage 2:", StringComparison.Ordinal))[4]);
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static double? Number(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);

    private static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the pack");
        var end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static List<string> Names(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>A sheet's cells as text, row by row, shared strings resolved, empty cells as "".</summary>
    private static List<string[]> Rows(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().SingleOrDefault(s => s.Name == sheetName);
        Assert.True(sheet is not null, $"No sheet '{sheetName}'");
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        return [.. worksheet.Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(Column) + 1;
            var values = Enumerable.Repeat("", width).ToArray();
            foreach (var cell in cells)
            {
                var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                values[Column(cell)] = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(value, CultureInfo.InvariantCulture)] : value;
            }
            return values;
        })];
    }

    private static int Column(Cell cell) => cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1) - 1;

    private Task<int> CycleIdAsync(string name) => app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
        .Where(c => c.Name == name && db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == DemoData.OdsCode)).Select(c => c.Id).SingleAsync());

    private Task<string> StageCodeAsync(int number) => app.QueryAsync(db => db.Stages.Where(s => s.Number == number && db.Frameworks.Any(f => f.Id == s.FrameworkId && f.Code == "inclead"))
        .OrderByDescending(s => s.FrameworkId).Select(s => s.Code).FirstAsync());
}
