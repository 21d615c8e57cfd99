using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Dashboard;

/// <summary>The organisation at a glance for equality leads and board members, and its trend across every cycle.</summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("dashboard")]
public sealed class DashboardController(DashboardQuery dashboard, ResultsReader history) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await dashboard.LoadAsync(User));

    [HttpGet("trend")]
    public async Task<IActionResult> Trend()
    {
        var cycles = (await history.CyclesWithResultsAsync()).Where(c => ResultsAccess.CanSee(User, c)).ToList();
        return View(OrganisationTrend.Build([.. (await history.ReadAsync(cycles)).Select(r => r.Results)]));
    }
}
