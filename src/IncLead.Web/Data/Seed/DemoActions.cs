using IncLead.Web.Domain;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// The demo trust's action plan, stories and last board development session: actions in every status and RAG (some
/// overdue, some raised two years ago from statements whose scores have since moved), three stories with different
/// visibility, and one session already held. Each part is skipped if the organisation already has any, so running the
/// seed again changes nothing; everything is written in a few saves.
/// </summary>
internal static class DemoActions
{
    private sealed record Plan(string Title, ActionStatus Status, int DueInDays, bool AtRisk, ActionPriority Priority, int Owner, string? Evidence = null, string? Dropped = null, string? Note = null, string? Statement = null);

    public static async Task SeedAsync(AppDbContext db, Organisation organisation, IReadOnlyList<string> boardUserIds, string leadUserId, DateTime now)
    {
        var cycles = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id).OrderBy(c => c.CreatedAt).ToListAsync();
        var stories = await SeedStoriesAsync(db, organisation, leadUserId, boardUserIds, now);
        await SeedActionsAsync(db, organisation, cycles, boardUserIds, leadUserId, stories, now);
        await SeedSessionAsync(db, organisation, boardUserIds, now);
    }

    private static async Task SeedActionsAsync(AppDbContext db, Organisation organisation, List<Cycle> cycles, IReadOnlyList<string> board, string lead, IReadOnlyList<Story> stories, DateTime now)
    {
        if (cycles.Count == 0 || await db.Actions.IgnoreQueryFilters().AnyAsync(a => a.OrganisationId == organisation.Id)) return;
        var first = cycles[0];
        var outline = await FrameworkOutline.LoadAsync(db, [first.FrameworkId]);
        var byCode = outline.ToDictionary(r => r.StatementCode, StringComparer.Ordinal);
        var suggested = await db.Statements.Where(s => outline.Select(r => r.StatementId).Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.SuggestedAction);
        var outcome = await db.EdsOutcomes.Where(o => o.Code == "1A" && db.EdsDomains.Any(d => d.Id == o.DomainId && db.Frameworks.Any(f => f.Id == d.FrameworkId && f.Kind == FrameworkKind.Eds2022)))
            .Select(o => (int?)o.Id).FirstOrDefaultAsync();
        var raisedAt = first.ClosesOn.AddDays(35);
        const string by = "Jordan Ellis";

        var plans = new Plan[]
        {
            new("Run one-to-one conversations with every board member before the development session", ActionStatus.Done, -400, false, ActionPriority.High, 0,
                Evidence: "All eight conversations held; themes fed into the session design (notes filed with the board secretary).", Statement: "S1.F1.01"),
            new("Add inclusion measures to the board performance dashboard", ActionStatus.Done, -200, false, ActionPriority.High, 2,
                Evidence: "Workforce race and disability measures added to the integrated performance report from Q2.", Statement: "S1.F4.01"),
            new("Publish a definition of inclusion on the intranet", ActionStatus.Dropped, -150, false, ActionPriority.Low, 6,
                Dropped: "Superseded by the joint ICS definition, which we adopted instead.", Statement: "S3.F1.01"),
            new("Agree a Council of Governors session on inclusion", ActionStatus.Blocked, 40, false, ActionPriority.Medium, 0,
                Note: "Waiting for the governors' election to finish before a date can be set.", Statement: "S1.F5.01"),
            new("Review the service user forum's terms of reference", ActionStatus.InProgress, -12, false, ActionPriority.Medium, 4,
                Note: "Draft shared with the forum; their comments are due back.", Statement: "S4.F1.01"),
            new("Commission independent advocacy for people whose first language is not English", ActionStatus.NotStarted, -5, false, ActionPriority.High, 3),
            new("Break down complaints data by protected characteristic", ActionStatus.NotStarted, 14, false, ActionPriority.High, 2),
            new("Reverse mentoring for executive directors", ActionStatus.InProgress, 60, true, ActionPriority.Medium, 1,
                Note: "Two mentors have withdrawn; recruiting replacements through the staff networks."),
            new("Hold board meetings partly in public in community venues", ActionStatus.InProgress, 5, false, ActionPriority.Medium, 0,
                Note: "First meeting booked at the Riverside community centre."),
            new("Set inclusion objectives in every executive director's appraisal", ActionStatus.InProgress, 90, false, ActionPriority.High, 1),
            new("Scope a partnership with the local Healthwatch on engagement", ActionStatus.NotStarted, 120, false, ActionPriority.Low, 7),
            // The story's action (see DemoCycles): raised where the board split on hearing stories, done before the next cycle.
            new("Open every public board meeting with a patient, carer or staff story", ActionStatus.Done, -420, false, ActionPriority.High, 0,
                Evidence: "A story has opened every public board meeting since June. The minutes record the board's questions and what changed, such as interpreters booked at the first maternity appointment.",
                Statement: DemoPositions.StoryStatement),
        };

        var actions = new List<ActionItem>();
        for (var i = 0; i < plans.Length; i++)
        {
            var p = plans[i];
            // Those with a statement were raised from it in the first cycle, two years ago, so "did it work?" has history to show.
            var fromStatement = p.Statement is { } code ? byCode.GetValueOrDefault(code) : null;
            var created = fromStatement is null ? now.AddDays(-30 - i) : raisedAt;
            var due = now.Date.AddDays(p.DueInDays);
            if (due < created.Date) created = due.AddDays(-60);
            var source = fromStatement is not null
                ? new ActionSource(first.Id, fromStatement.StageId, fromStatement.FactorId, fromStatement.StatementId, null, null)
                : i == 6 && outcome is not null ? new ActionSource(null, null, null, null, outcome, null)
                : i == 5 && stories.Count > 0 ? new ActionSource(null, null, null, null, null, stories[0].Id)
                : ActionSource.None;
            var description = fromStatement is not null ? suggested.GetValueOrDefault(fromStatement.StatementId, "") : "";
            var action = new ActionItem(organisation.Id, source, p.Title, description, board[p.Owner % board.Count], lead, due, p.Priority, by, created);
            if (p.Status != ActionStatus.NotStarted || p.AtRisk)
                action.Progress(p.Status, p.AtRisk, p.AtRisk ? "Two mentors have withdrawn." : null, p.Evidence, p.Dropped, evidenceRequired: true, by, created.AddDays(20));
            actions.Add(action);
        }
        db.Actions.AddRange(actions);
        await db.SaveChangesAsync();

        var names = await db.Users.Where(u => board.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
        db.ProgressUpdates.AddRange(actions.Select((a, i) => (a, p: plans[i])).Where(x => x.a.Status != ActionStatus.NotStarted || x.p.Note is not null)
            .Select(x => new ProgressUpdate(organisation.Id, x.a.Id, x.a.OwnerUserId, names.GetValueOrDefault(x.a.OwnerUserId, "Action owner"), x.p.Note,
                x.a.Status == ActionStatus.NotStarted ? null : $"status Not started → {x.a.Status.Label()}", x.a.UpdatedAt)));
        await db.SaveChangesAsync();
    }

    private static async Task<IReadOnlyList<Story>> SeedStoriesAsync(AppDbContext db, Organisation organisation, string lead, IReadOnlyList<string> board, DateTime now)
    {
        var existing = await db.Stories.IgnoreQueryFilters().Where(s => s.OrganisationId == organisation.Id).OrderBy(s => s.Id).ToListAsync();
        if (existing.Count > 0) return existing;
        Story Make(string title, string narrative, StoryVoice voice, StoryVisibility visibility, bool consent, bool anonymised, int stage, ProtectedCharacteristics tags, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            var story = new Story(organisation.Id, lead, "Jordan Ellis", at);
            story.Tell(title, narrative, voice, anonymised, stage, tags, null, "Jordan Ellis", at);
            if (consent) story.SetConsent(true, "Written consent given to the patient experience team.", lead, "Jordan Ellis", at);
            story.Share(visibility, "Jordan Ellis", at);
            return story;
        }
        var stories = new List<Story>
        {
            Make("Waiting without an interpreter",
                "I brought my mother to the eye clinic three times before anyone booked an interpreter. Each time I had to translate news about her sight that I did not understand myself.\nThe staff were kind, but nobody asked what language she speaks until the third visit.",
                StoryVoice.Carer, StoryVisibility.Board, consent: true, anonymised: true, 4, ProtectedCharacteristics.Race | ProtectedCharacteristics.Age, 50),
            Make("Being the only one in the room",
                "In six years as a band 7 nurse I have never been interviewed by a panel with anyone who looks like me. I stopped applying for promotion after the third time.\nI am sharing this with the equality lead only while I decide whether I am happy for the board to hear it.",
                StoryVoice.StaffMember, StoryVisibility.EqualityLeadOnly, consent: false, anonymised: false, 3, ProtectedCharacteristics.Race | ProtectedCharacteristics.Sex, 20),
            Make("Finding the ward with a wheelchair",
                "The accessible entrance was locked after six in the evening, so I went round the building twice in the rain before a porter let me in. The signs said the entrance was open.",
                StoryVoice.Patient, StoryVisibility.Publishable, consent: true, anonymised: true, 5, ProtectedCharacteristics.Disability, 10),
        };
        db.Stories.AddRange(stories);
        await db.SaveChangesAsync();
        return stories;
    }

    private static async Task SeedSessionAsync(AppDbContext db, Organisation organisation, IReadOnlyList<string> board, DateTime now)
    {
        if (await db.BoardDevelopmentSessions.IgnoreQueryFilters().AnyAsync(s => s.OrganisationId == organisation.Id)) return;
        var template = await db.BoardSessionTemplates.Where(t => db.Frameworks.Any(f => f.Id == t.FrameworkId && f.Kind == FrameworkKind.IncLead))
            .OrderByDescending(t => t.FrameworkId).FirstOrDefaultAsync();
        if (template is null) return;
        var held = now.Date.AddDays(-60);
        var session = new BoardDevelopmentSession(organisation.Id, held.AddDays(-30));
        session.Plan("Board development session on inclusion", held, "Boardroom, Riverside House", "Dr Anita Kapoor (external facilitator)",
            template.Aims, template.Agenda.Select(a => new AgendaItem(a.Minutes, a.Text, a.LedBy)), template.LearningObjectives, "Jordan Ellis", held.AddDays(-30));
        session.Record(board.Take(6), "The board agreed a shared statement of values for inclusion, asked for inclusion measures in the performance dashboard, and agreed to hear a patient or staff story at the start of every public board meeting.",
            "Jordan Ellis", held.AddDays(1));
        db.BoardDevelopmentSessions.Add(session);
        await db.SaveChangesAsync();
    }
}
