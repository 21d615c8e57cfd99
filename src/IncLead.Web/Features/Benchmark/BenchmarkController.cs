using System.Globalization;
using System.Text;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Benchmark;

/// <summary>A cycle's figures beside the benchmark of its peers, on a page and as CSV. Same access rule as the results.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}")]
public sealed class BenchmarkController(AppDbContext db, BenchmarkPositionQuery benchmark) : ResultsAreaController
{
    [HttpGet("benchmark")]
    public async Task<IActionResult> Show(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        return View(new BenchmarkPage(cycle, await benchmark.LoadAsync(cycle)));
    }

    [HttpGet("benchmark.csv")]
    public async Task<IActionResult> Csv(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        var view = await benchmark.LoadAsync(cycle);
        if (!view.OptedIn) return Refused(StatusCodes.Status404NotFound, "Your organisation does not take part in the benchmark", "A trust admin can choose to take part.");
        var csv = new StringBuilder("Stage or statement,Your score,Organisations,Lower quartile,Middle score,Upper quartile,Position\r\n");
        string N(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "";
        string Q(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        foreach (var row in view.Stages.Concat(view.Statements))
            csv.Append(CultureInfo.InvariantCulture, $"{Q(row.Label)},{N(row.Own)},{row.Figure?.Contributors},{N(row.Figure?.LowerQuartile)},{N(row.Figure?.Median)},{N(row.Figure?.UpperQuartile)},{Q(row.Position)}\r\n");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"benchmark-{cycle.Name.Replace('/', '-')}.csv");
    }
}

public sealed record BenchmarkPage(Cycle Cycle, BenchmarkView View);
