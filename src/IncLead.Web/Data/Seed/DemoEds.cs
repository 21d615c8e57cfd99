using System.Security.Claims;
using System.Security.Cryptography;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Invitations;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// EDS 2022 grading for the demo trust: the two past cycles agreed, evidenced and (the latest) published; the current
/// cycle part way, with evidence coming in and one stakeholder panellist invited. Skipped if the demo organisation
/// already has an EDS assessment, so running it again changes nothing.
/// </summary>
internal static class DemoEds
{
    public const string LeadName = "Jordan Ellis";
    public const string PanellistEmail = "asha.patel@healthwatch.example";

    public static async Task SeedAsync(IServiceProvider services, Organisation organisation, DateTime now)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.EdsAssessments.IgnoreQueryFilters().AnyAsync(a => a.OrganisationId == organisation.Id)) return;
        var cycles = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id).OrderBy(c => c.OpensOn).ToListAsync();
        var framework = await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022).OrderByDescending(f => f.Version)
            .Include(f => f.Domains).ThenInclude(d => d.Outcomes).AsSplitQuery().FirstOrDefaultAsync();
        if (cycles.Count == 0 || framework is null) return;
        var board = await (from m in db.Memberships.IgnoreQueryFilters()
                           where m.OrganisationId == organisation.Id && (m.Roles & OrganisationRoles.BoardMember) == OrganisationRoles.BoardMember
                           join u in db.Users on m.UserId equals u.Id
                           orderby u.FullName
                           select new { u.Id, u.FullName }).ToListAsync();
        var sponsor = board.FirstOrDefault(b => b.FullName == "Grace Mensah")?.FullName ?? board.FirstOrDefault()?.FullName ?? "Board sponsor";

        var assessments = cycles.Select(c => new EdsAssessment(organisation.Id, c.Id, framework.Id, $"{LeadName}, Head of Equality, Diversity and Inclusion",
            $"{sponsor}, Director of Nursing", c.CreatedAt)).ToList();
        foreach (var a in assessments) a.Services.AddRange(DemoEdsContent.Services.Select((name, i) => new EdsService(i + 1, name)));
        db.EdsAssessments.AddRange(assessments);
        await db.SaveChangesAsync();

        var outcomes = framework.Domains.OrderBy(d => d.Number).SelectMany(d => d.Outcomes.OrderBy(o => o.Order).Select(o => (Domain: d, Outcome: o))).ToList();
        var checks = await db.CommunityEngagementChecks.Where(c => c.FrameworkId == cycles[0].FrameworkId).OrderBy(c => c.Order).ToListAsync();
        for (var year = 0; year < cycles.Count; year++)
        {
            var cycle = cycles[year];
            var assessment = assessments[year];
            var current = year == cycles.Count - 1;
            var agreedOn = cycle.ClosesOn.AddDays(20);
            foreach (var (domain, outcome) in outcomes)
            {
                var items = DemoEdsContent.Evidence.GetValueOrDefault(outcome.Code) ?? [];
                // The current cycle is part way: evidence for a few outcomes only, nothing agreed yet.
                if (current && outcome.Code is not ("1A" or "1B" or "2B" or "3A")) continue;
                foreach (var (e, n) in items.Select((e, n) => (e, n)))
                {
                    if (current && n > 0 && outcome.Code != "1A") break;
                    var item = new EvidenceItem(organisation.Id, assessment.Id, outcome.Id, cycle.OpensOn.AddDays(2));
                    item.Describe(e.Title, e.Summary, $"https://www.riverside.example/equality/{cycle.Name.Replace('/', '-')}/{outcome.Code.ToLowerInvariant()}-{n + 1}",
                        cycle.OpensOn.AddDays(-30 + (n * 7)), e.Owner, e.Groups, e.HealthGroups, isPublic: outcome.Code != "2C", LeadName, cycle.OpensOn.AddDays(2));
                    if (outcome.Code == "1A" && n == 0)
                    {
                        var pdf = SamplePdf(e.Title);
                        item.AttachFile("interpreting-access-audit.pdf", EvidenceFileKind.Pdf, pdf.LongLength);
                        db.EvidenceFiles.Add(new EvidenceFile(item, pdf, Convert.ToHexString(SHA256.HashData(pdf))));
                    }
                    db.EvidenceItems.Add(item);
                }
                if (current) continue;
                var grade = new EdsOutcomeGrade(organisation.Id, assessment.Id, outcome.Id);
                if (domain.GradedPerService)
                {
                    var scores = assessment.Services.OrderBy(s => s.Number).Select((s, i) => (s.Id, Score: Math.Clamp(((outcome.Order + i + year) % 3) + (year == 0 ? 0 : 1) - (i == 2 ? 1 : 0), 0, 3)));
                    var byService = scores.ToDictionary(x => x.Id, x => x.Score);
                    grade.AgreePerService(byService, DemoEdsContent.Rationale(outcome.Code, (int)Math.Round(byService.Values.Average())), agreedOn, DemoEdsContent.Present, LeadName, agreedOn.AddHours(15));
                }
                else
                {
                    var score = Math.Clamp(1 + ((outcome.Order + domain.Number + year) % 2) + (year == 1 && outcome.Order == 1 ? 1 : 0), 0, 3);
                    grade.Agree(score, DemoEdsContent.Rationale(outcome.Code, score), agreedOn, DemoEdsContent.Present, LeadName, agreedOn.AddHours(15));
                }
                db.EdsOutcomeGrades.Add(grade);
            }

            SeedEngagement(db, organisation.Id, assessment, checks, board.Select(b => b.Id).ToList(), cycle.OpensOn, current);
            if (!current)
            {
                foreach (var text in DemoEdsContent.Objectives[Math.Min(year, DemoEdsContent.Objectives.Length - 1)])
                    db.EqualityObjectives.Add(new EqualityObjective(organisation.Id, assessment.Id, text, publish: true, agreedOn));
            }
            else
            {
                var codes = outcomes.Where(o => o.Outcome.Code is "1A" or "1B").Select(o => o.Outcome.Id);
                var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
                db.Panellists.Add(new Panellist(organisation.Id, assessment.Id, "Asha Patel, Riverside Healthwatch", PanellistEmail, InvitationSender.Hash(token), codes,
                    LeadName, now.AddDays(-2), TimeSpan.FromDays(14)));
            }
        }
        await db.SaveChangesAsync();
        if (cycles.Count >= 2) await PublishAsync(services, organisation, cycles[^2].Id);
    }

    private static void SeedEngagement(AppDbContext db, int organisationId, EdsAssessment assessment, List<CommunityEngagementCheck> checks, List<string> board, DateTime opens, bool current)
    {
        foreach (var (check, n) in checks.Select((c, n) => (c, n)))
        {
            if (current && n > 3) break;
            var progress = new EngagementCheckProgress(organisationId, assessment.Id, check.Id);
            var done = !current || n < 2;
            progress.Record(done ? EngagementCheckStatus.Done : EngagementCheckStatus.InProgress,
                done ? "Recorded in the EDS engagement plan and the notes of the community workshops." : "Planned for the community workshops next month.",
                done ? opens.AddDays(5 + n) : null, LeadName, opens.AddDays(5 + n));
            db.EngagementChecks.Add(progress);
        }
        var workshop = new EngagementEvent(organisationId, assessment.Id);
        workshop.Describe(opens.AddDays(10), EngagementKind.Workshop, "Community workshop on access to services",
            "Riverside Healthwatch, Riverside Disability Forum, Polish Community Association, Riverside Mosque women's group",
            ["race", "disability", "religion-belief", "sex"], board.Take(2), current ? null : opens.AddDays(24), "Held in the community centre with BSL interpreters.", LeadName, opens.AddDays(10));
        db.EngagementEvents.Add(workshop);
        if (current) return;
        var grading = new EngagementEvent(organisationId, assessment.Id);
        grading.Describe(opens.AddDays(40), EngagementKind.GradingEvent, "EDS grading event",
            "Healthwatch, staff networks, UNISON, Maternity Voices Partnership", ["race", "disability", "sexual-orientation", "pregnancy-maternity", "age"],
            board.Skip(2).Take(3), opens.AddDays(55), null, LeadName, opens.AddDays(40));
        db.EngagementEvents.Add(grading);
    }

    // Publishing runs as the demo equality lead would, inside the organisation, so the snapshot is built by the same
    // code a real publication uses.
    private static async Task PublishAsync(IServiceProvider services, Organisation organisation, int cycleId)
    {
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AppClaims.OrganisationId, organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(AppClaims.FullName, LeadName)], "Demo")),
        };
        try
        {
            var workspace = await services.GetRequiredService<EdsWorkspaceQuery>().LoadAsync(cycleId);
            if (workspace is not null) await services.GetRequiredService<SummaryPublisher>().PublishAsync(workspace, LeadName);
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }

    // A one-page PDF that readers open, so the demo's download link gives a real file.
    private static byte[] SamplePdf(string title)
    {
        var text = title.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        var stream = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
