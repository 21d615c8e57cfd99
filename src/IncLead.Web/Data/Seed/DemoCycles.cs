using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// Three years of board assessments for the demo trust: two signed-off cycles and the current one, open with some
/// answers in, so results, consensus and trend show something real on first run. Answers are made up but
/// repeatable (a fixed random seed), and written in a handful of saves, not one per row.
/// </summary>
internal static class DemoCycles
{
    private static readonly string[] Comments =
    [
        "We talk about this at board but I have not seen the evidence that it changes decisions.",
        "Good progress this year, led by the people committee.",
        "The data are there but are not broken down by protected characteristic.",
        "I would like to hear more directly from staff networks before rating this higher.",
        "This depends heavily on one or two individuals; it is not yet embedded.",
        "Strong in some divisions, weak in others.",
        "We have a plan, but it has not been tested with communities.",
    ];

    public static async Task SeedAsync(AppDbContext db, Organisation organisation, IReadOnlyList<string> boardUserIds, string leadName, DateTime now)
    {
        if (await db.Cycles.IgnoreQueryFilters().AnyAsync(c => c.OrganisationId == organisation.Id)) return;
        // The signed-off years were answered on the previous framework version and the open cycle on the newest, so the
        // demo shows trends followed through the version mapping.
        var versions = await db.Frameworks.Where(f => f.Code == "inclead").OrderByDescending(f => f.Version).Take(2).Select(f => new { f.Id, Name = f.Title + " (version " + f.Version + ")" }).ToListAsync();
        if (versions.Count == 0) return;
        var framework = versions[0];
        var earlier = versions[^1];
        var outlines = new Dictionary<int, IReadOnlyList<OutlineRow>>();
        foreach (var version in versions) outlines[version.Id] = await FrameworkOutline.LoadAsync(db, [version.Id]);
        var today = now.Date;

        var plans = new[]
        {
            (Name: "2024/25", Opens: today.AddYears(-2).AddDays(-14), Years: 0),
            (Name: "2025/26", Opens: today.AddYears(-1).AddDays(-14), Years: 1),
            (Name: "2026/27", Opens: today.AddDays(-7), Years: 2),
        };
        var cycles = plans.Select((p, i) => new Cycle(organisation.Id, p.Name, i == plans.Length - 1 ? framework.Id : earlier.Id, p.Opens, p.Opens.AddDays(28), null, p.Opens.AddDays(-7))).ToList();
        db.Cycles.AddRange(cycles);
        await db.SaveChangesAsync();
        for (var i = 1; i < cycles.Count; i++) db.Entry(cycles[i]).Property(c => c.PreviousCycleId).CurrentValue = cycles[i - 1].Id;

        var respondents = cycles.Select(c => boardUserIds.Select(u => new Respondent(organisation.Id, c.Id, u, c.CreatedAt)).ToList()).ToList();
        db.Respondents.AddRange(respondents.SelectMany(r => r));
        await db.SaveChangesAsync();

        var random = new Random(2012);
        var answers = new List<Answer>[cycles.Count];
        for (var i = 0; i < cycles.Count; i++)
        {
            var cycle = cycles[i];
            var current = i == cycles.Count - 1;
            var outline = outlines[cycle.FrameworkId];
            cycle.Open(cycle.OpensOn.AddHours(9));
            answers[i] = MakeAnswers(cycle, respondents[i], outline, plans[i].Years, current, random);
            db.Answers.AddRange(answers[i]);
            var stageIds = outline.Select(r => r.StageId).Distinct().Order().ToList();
            foreach (var (respondent, index) in respondents[i].Select((r, n) => (r, n)))
            {
                var finished = current ? StagesFinished(index) : stageIds.Count;
                db.StageCompletions.AddRange(stageIds.Take(finished).Select(s => new StageCompletion(organisation.Id, respondent.Id, s, cycle.OpensOn.AddDays(10))));
            }
            if (current) continue;

            cycle.Close(cycle.ClosesOn.AddHours(17));
            cycle.ReleaseResults(cycle.ClosesOn.AddDays(2));
            db.AgreedPositions.AddRange(outline.Where((_, n) => n % 6 == 0).Select(r => new AgreedPosition(organisation.Id, cycle.Id, r.StatementId,
                (Rating)Math.Clamp(1 + plans[i].Years + (r.StatementId % 2), 0, 3), "Agreed at the board development session after discussing the spread of views and the evidence from staff networks.",
                r.StatementId % 4 == 0 ? "One member felt the evidence supported a lower rating." : null, leadName, cycle.ClosesOn.AddDays(20))));
        }
        await db.SaveChangesAsync();

        // Sign-offs freeze results computed from the answers just written, exactly as a real sign-off would.
        for (var i = 0; i < cycles.Count - 1; i++)
        {
            var cycle = cycles[i];
            var meeting = cycle.ClosesOn.AddDays(27);
            var rows = answers[i].Select(a => new ResultsCalculator.AnswerRow(a.RespondentId, a.StatementId, a.Rating, a.Comment)).ToList();
            var outline = outlines[cycle.FrameworkId];
            var results = ResultsCalculator.Build(cycle.Id, cycle.Name, (cycle.FrameworkId == framework.Id ? framework : earlier).Name, organisation.AnonymityThreshold, respondents[i].Count, outline, rows, meeting);
            var positions = await (from p in db.AgreedPositions where p.CycleId == cycle.Id join s in db.Statements on p.StatementId equals s.Id orderby s.Code
                                   select new PositionSnapshot(s.Code, s.Text, p.Rating, p.Rationale, p.Dissent, p.UpdatedByName, p.UpdatedAt)).IgnoreQueryFilters().ToListAsync();
            var minute = $"TB/{meeting:yy}/0{14 + i}";
            var snapshot = new SignOffSnapshot(1, meeting, minute, results, positions);
            db.SignOffs.Add(new SignOff(organisation.Id, cycle.Id, 1, meeting, minute, null, boardUserIds[0], "Margaret Okafor", snapshot.ToJson(), meeting.AddHours(12)));
            cycle.MarkSignedOff(meeting.AddHours(12));
        }
        await db.SaveChangesAsync();
    }

    // In the open cycle, people are at different points: some finished, some part way, some not started.
    private static int StagesFinished(int respondentIndex) => respondentIndex switch { 0 => 2, 1 => 5, 2 => 5, 3 => 3, 4 => 1, _ => 0 };

    private static int StagesAnswered(int respondentIndex) => respondentIndex switch { 0 => 3, 1 => 5, 2 => 5, 3 => 5, 4 => 4, 5 => 2, _ => 0 };

    private static List<Answer> MakeAnswers(Cycle cycle, List<Respondent> respondents, IReadOnlyList<OutlineRow> outline, int years, bool current, Random random)
    {
        var list = new List<Answer>();
        foreach (var (respondent, index) in respondents.Select((r, n) => (r, n)))
        {
            var lenience = (random.NextDouble() - 0.5) * 0.8;
            foreach (var row in outline)
            {
                if (current && row.StageNumber > StagesAnswered(index)) continue;
                if (current && row.StageNumber == StagesAnswered(index) && row.StatementOrder > 2 && StagesFinished(index) < row.StageNumber) continue;
                var baseline = 0.7 + (((row.StatementId * 37) % 17) / 10.0) + (0.3 * years);
                // About one statement in seven splits the board, which is what the consensus view is for.
                var divisive = row.StatementId % 7 == 3;
                var value = divisive ? (index % 2 == 0 ? 0.4 : 2.8) : baseline + lenience + ((random.NextDouble() - 0.5) * 1.2);
                var rating = random.NextDouble() < 0.07 ? Rating.DontKnow : (Rating)Math.Clamp((int)Math.Round(value), 0, 3);
                var comment = random.NextDouble() < 0.05 ? Comments[random.Next(Comments.Length)] : null;
                list.Add(new Answer(cycle.OrganisationId, cycle.Id, respondent.Id, row.StatementId, rating, comment, cycle.OpensOn.AddDays(1 + (index % 10)).AddMinutes(row.StatementId)));
            }
        }
        return list;
    }
}
