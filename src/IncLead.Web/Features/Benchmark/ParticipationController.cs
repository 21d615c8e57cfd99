using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Benchmark;

/// <summary>The trust admin's choice to take part in the benchmark, off until they opt in.</summary>
[Authorize(Policy = Policies.TrustAdmin), Route("admin/benchmark")]
public sealed class ParticipationController(AppDbContext db, BenchmarkSharing sharing, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit()
    {
        var current = await db.BenchmarkParticipations.SingleOrDefaultAsync();
        return View("Participation", new ParticipationPage(current, new ParticipationForm { TakePart = current?.OptedIn == true ? "yes" : "no", PeerGroup = current?.PeerGroup }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Form")] ParticipationForm form)
    {
        var current = await db.BenchmarkParticipations.SingleOrDefaultAsync();
        var takePart = form.TakePart == "yes";
        if (form.TakePart is not ("yes" or "no")) ModelState.AddModelError("Form.TakePart", "Choose whether your organisation takes part");
        if ((takePart && form.PeerGroup is null) || (form.PeerGroup is { } g && !Enum.IsDefined(g)))
            ModelState.AddModelError("Form.PeerGroup", "Choose the type of organisation yours is compared with");
        else if (takePart && current is not null && !current.MayChangeGroupTo(form.PeerGroup!.Value))
            ModelState.AddModelError("Form.PeerGroup", $"Your figures have already been shared as a {current.PeerGroup.Label().ToLowerInvariant()}, so the type cannot change. Contact the platform team if it is wrong");
        if (!ModelState.IsValid) return Invalid(new ParticipationPage(current, form), "Participation");

        var now = clock.GetUtcNow().UtcDateTime;
        var name = User.FindFirstValue(AppClaims.FullName) ?? "";
        var organisationId = CurrentOrganisation.ReadId(User) ?? throw new InvalidOperationException("No current organisation.");
        if (takePart)
        {
            current ??= db.BenchmarkParticipations.Add(new BenchmarkParticipation(organisationId, form.PeerGroup!.Value, now)).Entity;
            current.OptIn(form.PeerGroup!.Value, name, now);
        }
        else current?.OptOut(name, now);
        audit.Record(takePart ? AuditActions.BenchmarkOptedIn : AuditActions.BenchmarkOptedOut, "Organisation", organisationId.ToString(CultureInfo.InvariantCulture),
            takePart ? $"Took part in the benchmark as a {form.PeerGroup!.Value.Label().ToLowerInvariant()}" : "Stopped taking part in the benchmark; shared figures deleted");
        await db.SaveChangesAsync();
        // Share (or withdraw) at once and recompute, so an opt-out is out of every figure from now on.
        await sharing.ShareAsync(organisationId);
        await sharing.RecomputeAsync();
        Flash(takePart ? "Your organisation takes part in the benchmark." : "Your organisation no longer takes part. Its figures have been removed from the benchmark.");
        return RedirectToAction(nameof(Edit));
    }
}

public sealed class ParticipationForm
{
    public string? TakePart { get; set; }
    public PeerGroup? PeerGroup { get; set; }
}

public sealed record ParticipationPage(BenchmarkParticipation? Current, ParticipationForm Form);
