using IncLead.Web.Domain;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Support;

/// <summary>A second organisation with its own member, cycle, action, story and session, to prove Riverside reaches none of them.</summary>
public sealed record OtherOrganisation(int Id, string MemberEmail, string MemberUserId, int CycleId, int ActionId, int StoryId, int SessionId)
{
    public const string Password = "Hilltop-secret-phrase-9";

    public static async Task<OtherOrganisation> CreateAsync(AppFactory app, string odsCode = "ZHL")
    {
        var email = $"board@{odsCode.ToLowerInvariant()}.example";
        await app.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "Hilltop Board Member", EmailConfirmed = true, IsDemoAccount = true }, Password));
        return await app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var org = new Organisation($"Hilltop {odsCode} NHS Trust", OrganisationType.NhsTrust, odsCode, "North West", false, now);
            org.UpdateProfile(org.Name, org.Type, org.OdsCode, org.Region, false, requireTwoFactorForAdmins: false);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            db.Memberships.Add(new Membership(org.Id, userId, OrganisationRoles.BoardMember | OrganisationRoles.EqualityLead, BoardPosition.Chair, now));
            var framework = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).Select(f => f.Id).FirstAsync();
            var cycle = new Cycle(org.Id, "Hilltop 2026", framework, now, now.AddDays(28), null, now);
            cycle.Open(now);
            db.Cycles.Add(cycle);
            var story = new Story(org.Id, userId, "Hilltop Board Member", now);
            story.Tell("Hilltop secret story", "Only Hilltop may read this.", StoryVoice.Patient, false, 1, ProtectedCharacteristics.None, null, "Hilltop", now);
            story.SetConsent(true, null, userId, "Hilltop", now);
            story.Share(StoryVisibility.Publishable, "Hilltop", now);
            db.Stories.Add(story);
            var session = new BoardDevelopmentSession(org.Id, now);
            session.Plan("Hilltop session", now, null, null, ["Aim"], [new AgendaItem(30, "Item", null)], ["Objective"], "Hilltop", now);
            db.BoardDevelopmentSessions.Add(session);
            await db.SaveChangesAsync();
            var action = new ActionItem(org.Id, new ActionSource(cycle.Id, null, null, null, null, story.Id), "Hilltop secret action", "", userId, null, now.Date.AddDays(3), ActionPriority.High, "Hilltop", now);
            db.Actions.Add(action);
            await db.SaveChangesAsync();
            return new OtherOrganisation(org.Id, email, userId, cycle.Id, action.Id, story.Id, session.Id);
        });
    }
}
