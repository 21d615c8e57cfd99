using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IncLead.Tests.Support;

namespace IncLead.Tests.Features.Reporting;

public sealed class ReportingWorkbookTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Equality_lead_downloads_a_workbook_with_one_sheet_per_table()
    {
        var id = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var response = await lead.GetAsync($"/cycles/{id}/reports/workbook.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("riverside-board-pack-data-2026-27.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var names = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        // The demo trust takes part in the benchmark, so "How we compare" is there too.
        Assert.Equal(["Results", "Targets", "How we compare", "Agreed positions", "EDS grades", "Actions"], names);
    }
}
