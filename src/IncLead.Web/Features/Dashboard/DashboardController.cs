using IncLead.Web.Features.Insight;
using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Dashboard;

/// <summary>The organisation at a glance for equality leads and board members, and its trend across every cycle.</summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("dashboard")]
public sealed class DashboardController(DashboardQuery dashboard, ResultsReader history, TargetQuery targets) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await dashboard.LoadAsync(User));

    [HttpGet("trend")]
    public async Task<IActionResult> Trend()
    {
        var cycles = (await history.CyclesWithResultsAsync()).Where(c => ResultsAccess.CanSee(User, c)).ToList();
        var readings = await history.ReadAsync(cycles);
        // Each cycle's targets were set at the sign-off of the cycle before it: one query for all of them.
        var set = await targets.SetAtAsync([.. cycles.Select(c => c.Id)]);
        var judged = readings.Select((r, i) => i == 0 ? [] : TargetQuery.Judge([.. set[readings[i - 1].Cycle.Id]], r.Results, readings[i - 1].Results)).ToList();
        return View(OrganisationTrend.Build([.. readings.Select(r => r.Results)], judged));
    }
}
