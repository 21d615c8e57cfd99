using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;

namespace IncLead.Tests.Features.Performance;

/// <summary>The home page is the most visited page: each role's next task costs the same few queries however many cycles there are.</summary>
public sealed class HomeQueryCountTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    [Fact]
    public async Task Each_roles_home_page_sends_a_fixed_number_of_queries()
    {
        var member = await Browser.SignedInAsync(app, Demo.Chair);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var before = (Member: await app.CommandsForAsync(member, "/"), Lead: await app.CommandsForAsync(lead, "/"), Admin: await app.CommandsForAsync(admin, "/"), Assessments: await app.CommandsForAsync(member, "/respond"));

        // Another open cycle with answers: more rows for every query, but no more queries.
        var cycleId = await app.CreateOpenCycleAsync("One more", Demo.Chair, Demo.NedAudit);
        var ids = await app.StatementIdsAsync(cycleId, 2);
        await app.AddAsync(cycleId, Demo.Chair, ids.ToDictionary(id => id, id => (IncLead.Web.Domain.Scoring.Rating?)IncLead.Web.Domain.Scoring.Rating.Achieving));
        var after = (Member: await app.CommandsForAsync(member, "/"), Lead: await app.CommandsForAsync(lead, "/"), Admin: await app.CommandsForAsync(admin, "/"), Assessments: await app.CommandsForAsync(member, "/respond"));

        Assert.Equal(before, after);
        Assert.True(after.Member <= 10 && after.Lead <= 10 && after.Admin <= 8, $"home page commands: {after}");
    }
}
