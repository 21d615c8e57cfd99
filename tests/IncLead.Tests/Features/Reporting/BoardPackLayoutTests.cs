using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>Issue 10, items 3 and 4, on the demo board pack as the app serves it: readable chart text and a tidy layout.</summary>
public sealed class BoardPackLayoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<byte[]> PackAsync()
    {
        var id = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Name == "2025/26").Select(c => c.Id).SingleAsync());
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        return await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", "riverside-board-pack-2025-26.pdf");
    }

    [Fact]
    public async Task Every_chart_in_the_demo_pack_writes_its_text_at_8_points_or_more() =>
        PackLayoutRules.AssertChartTextAtLeast8Points(await PackAsync(), charts: 2);

    [Fact]
    public async Task The_demo_pack_has_no_heading_at_a_page_foot_no_stranded_table_header_no_near_empty_page_and_right_aligned_figures() =>
        PackLayoutRules.AssertNoEmbarrassments(await PackAsync());
}
