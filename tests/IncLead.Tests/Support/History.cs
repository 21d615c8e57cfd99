using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>
/// Builds an organisation with years of history for the performance test and the dashboard benchmark: the given
/// number of cycles (all signed off but the latest, which is open), board members who answered every statement in
/// every cycle, an EDS 2022 assessment graded in full for every cycle, and a plan of actions in every status. Written
/// straight to the database in a few saves per cycle. With <c>comment</c>, every third member also comments on the
/// first statement of each factor, for tests of how long comments lay out.
/// </summary>
public static class History
{
    public const string Password = "History-phrase-2026-long";

    public sealed record Built(int OrganisationId, string LeadEmail, string BoardMemberEmail, int Cycles);

    public static async Task<Built> CreateAsync(IServiceProvider services, string odsCode, int cycles, int members = 12, int actions = 200, string? comment = null)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var organisation = new Organisation($"History {odsCode} NHS Trust", OrganisationType.NhsTrust, odsCode, "Midlands", false, now.AddYears(-cycles - 1));
        organisation.UpdateProfile(organisation.Name, organisation.Type, organisation.OdsCode, organisation.Region, false, requireTwoFactorForAdmins: false);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        var domain = odsCode.ToLowerInvariant() + ".example";
        var lead = await UserAsync(users, $"lead@{domain}", $"Lead of {odsCode}", withPassword: true);
        db.Memberships.Add(new Membership(organisation.Id, lead.Id, OrganisationRoles.EqualityLead, BoardPosition.None, now));
        var board = new List<AppUser>();
        for (var i = 0; i < members; i++)
        {
            var member = await UserAsync(users, $"member{i}@{domain}", $"Member {i} of {odsCode}", withPassword: i == 0);
            board.Add(member);
            db.Memberships.Add(new Membership(organisation.Id, member.Id, OrganisationRoles.BoardMember, BoardPosition.NonExecutiveDirector, now));
        }
        await db.SaveChangesAsync();

        var framework = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).Select(f => new { f.Id, Name = f.Title + " (version " + f.Version + ")" }).FirstAsync();
        var outline = await FrameworkOutline.LoadAsync(db, [framework.Id]);
        var stageIds = outline.Select(r => r.StageId).Distinct().ToList();
        var commented = outline.GroupBy(r => r.FactorId).Select(g => g.First().StatementId).ToHashSet();
        var eds = await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022).Include(f => f.Domains).ThenInclude(d => d.Outcomes).FirstAsync();
        int? previous = null;
        var cycleIds = new List<int>();
        for (var year = 0; year < cycles; year++)
        {
            var latest = year == cycles - 1;
            var opens = now.Date.AddYears(year - cycles + 1).AddDays(-14);
            var cycle = new Cycle(organisation.Id, $"{2030 - cycles + year}/{(31 - cycles + year) % 100:00}", framework.Id, opens, opens.AddDays(28), previous, opens.AddDays(-7).AddMinutes(year));
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
            var respondents = board.Select(b => new Respondent(organisation.Id, cycle.Id, b.Id, cycle.CreatedAt)).ToList();
            db.Respondents.AddRange(respondents);
            await db.SaveChangesAsync();

            cycle.Open(opens);
            var answers = respondents.SelectMany((r, n) => outline.Select(row => new Answer(organisation.Id, cycle.Id, r.Id, row.StatementId,
                (Rating)((row.StatementId + n + year) % 4), comment is not null && n % 3 == 0 && commented.Contains(row.StatementId) ? comment : null,
                opens.AddDays(1)))).ToList();
            db.Answers.AddRange(answers);
            db.StageCompletions.AddRange(respondents.SelectMany(r => stageIds.Select(s => new StageCompletion(organisation.Id, r.Id, s, opens.AddDays(2)))));
            await db.SaveChangesAsync();
            if (!latest)
            {
                cycle.Close(opens.AddDays(28));
                cycle.ReleaseResults(opens.AddDays(29));
                var meeting = opens.AddDays(40);
                var results = ResultsCalculator.Build(cycle.Id, cycle.Name, framework.Name, organisation.AnonymityThreshold, respondents.Count, outline,
                    [.. answers.Select(a => new ResultsCalculator.AnswerRow(a.RespondentId, a.StatementId, a.Rating, a.Comment))], meeting);
                db.SignOffs.Add(new SignOff(organisation.Id, cycle.Id, 1, meeting, $"TB/{year}", null, lead.Id, lead.FullName,
                    new SignOffSnapshot(1, meeting, $"TB/{year}", results, []).ToJson(), meeting));
                cycle.MarkSignedOff(meeting);
                await db.SaveChangesAsync();
            }
            var assessment = new EdsAssessment(organisation.Id, cycle.Id, eds.Id, lead.FullName, "Board sponsor", cycle.CreatedAt);
            assessment.Services.AddRange([new EdsService(1, "Maternity"), new EdsService(2, "Community mental health")]);
            db.EdsAssessments.Add(assessment);
            await db.SaveChangesAsync();
            foreach (var edsDomain in eds.Domains)
            {
                foreach (var outcome in edsDomain.Outcomes)
                {
                    var grade = new EdsOutcomeGrade(organisation.Id, assessment.Id, outcome.Id);
                    if (edsDomain.GradedPerService) grade.AgreePerService(assessment.Services.ToDictionary(s => s.Id, s => (s.Number + year) % 4), "Agreed with the panel.", opens, "Panel", lead.FullName, opens);
                    else grade.Agree((outcome.Order + year) % 4, "Agreed with the panel.", opens, "Panel", lead.FullName, opens);
                    db.EdsOutcomeGrades.Add(grade);
                }
            }
            await db.SaveChangesAsync();
            previous = cycle.Id;
            cycleIds.Add(cycle.Id);
        }

        var statuses = ActionStatuses.All;
        for (var i = 0; i < actions; i++)
        {
            var row = outline[i % outline.Count];
            var created = now.AddDays(-200);
            var action = new ActionItem(organisation.Id, new ActionSource(cycleIds[i % cycleIds.Count], row.StageId, row.FactorId, row.StatementId, null, null),
                $"Action {i} on {row.StatementCode}", "Synthetic action for the history fixture.", board[i % board.Count].Id, lead.Id,
                now.Date.AddDays((i % 120) - 40), (ActionPriority)(i % 3), lead.FullName, created);
            var status = statuses[i % statuses.Count];
            if (status != ActionStatus.NotStarted)
                action.Progress(status, i % 7 == 0, null, "Evidence filed.", "No longer needed.", evidenceRequired: true, lead.FullName, created.AddDays(1));
            db.Actions.Add(action);
        }
        await db.SaveChangesAsync();
        return new Built(organisation.Id, lead.Email!, board[0].Email!, cycles);
    }

    // Hashing a password is deliberately slow, so only the people who sign in get one.
    private static async Task<AppUser> UserAsync(UserManager<AppUser> users, string email, string name, bool withPassword)
    {
        var user = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true, IsDemoAccount = true };
        var result = withPassword ? await users.CreateAsync(user, Password) : await users.CreateAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
