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
/// The story the three years tell (also in the README's demo section): stage 1 (the Board room) and stage 2 (from the
/// Board room to the office) improve each year; stage 4 (from the staff room to the consulting room) slips, as
/// patient stories and complaints show the board it had rated itself too kindly; stages 3 and 5 barely move. One
/// statement, S1.F2.02 (the board hears real stories), split the board in 2024/25; the action raised from it
/// (DemoActions) was done, and the board has agreed on it since.
/// </summary>
internal static class DemoCycles
{
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
            db.AgreedPositions.AddRange(Positions(cycle, respondents[i], outline, answers[i], plans[i].Years, leadName));
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

    // Agreed positions for the statements the board discussed: those that divide it, the story's statement, and a
    // spread of others; each follows from the answers by the rule in DemoPositions.
    private static IEnumerable<AgreedPosition> Positions(Cycle cycle, List<Respondent> respondents, IReadOnlyList<OutlineRow> outline, List<Answer> answers, int years, string leadName)
    {
        var index = respondents.Select((r, n) => (r.Id, n)).ToDictionary(x => x.Id, x => x.n);
        var byStatement = answers.ToLookup(a => a.StatementId);
        foreach (var (row, n) in outline.Select((r, n) => (r, n)))
        {
            if (n % 6 != 0 && !Divisive(row.StatementCode, years) && row.StatementCode != DemoPositions.StoryStatement) continue;
            var ratings = byStatement[row.StatementId].Where(a => a.Rating is not null).Select(a => (index[a.RespondentId], a.Rating!.Value)).ToList();
            if (DemoPositions.For(row, ratings, years) is not { } position) continue;
            yield return new AgreedPosition(cycle.OrganisationId, cycle.Id, row.StatementId, position.Rating, position.Rationale, position.Dissent, leadName,
                cycle.ClosesOn.AddDays(20).AddMinutes(n));
        }
    }

    // How each stage moves a year, on the 0-3 scale, and where it starts: the story in the summary above.
    private static double Drift(int stage) => stage switch { 1 => 0.35, 2 => 0.25, 4 => -0.45, _ => 0.05 };

    private static double Start(int stage) => stage switch { 1 => -0.25, 2 => -0.15, 4 => 0.35, _ => 0 };

    // Keyed by statement code, not id, so a statement keeps its character across framework versions (string.GetHashCode
    // changes every run).
    private static int Hash(string code) => code.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff;

    // About one statement in eleven divides the board every year; the story's statement only in the first year.
    private static bool Divisive(string code, int years) => code == DemoPositions.StoryStatement ? years == 0 : Hash(code) % 11 == 4;

    private static List<Answer> MakeAnswers(Cycle cycle, List<Respondent> respondents, IReadOnlyList<OutlineRow> outline, int years, bool current, Random random)
    {
        var list = new List<Answer>();
        var comments = new DemoComments(years);
        foreach (var (respondent, index) in respondents.Select((r, n) => (r, n)))
        {
            var lenience = (random.NextDouble() - 0.5) * 0.8;
            foreach (var row in outline)
            {
                if (current && row.StageNumber > StagesAnswered(index)) continue;
                if (current && row.StageNumber == StagesAnswered(index) && row.StatementOrder > 2 && StagesFinished(index) < row.StageNumber) continue;
                var baseline = 1.1 + ((Hash(row.StatementCode) % 13) / 10.0) + Start(row.StageNumber) + (Drift(row.StageNumber) * years);
                var noise = (random.NextDouble() - 0.5) * 1.0;
                // A divisive statement splits executives (who see the work under way) from non-executives (who ask for evidence).
                var value = Divisive(row.StatementCode, years) ? (DemoComments.IsExecutive(index) ? 2.6 : 0.6) + (noise / 3)
                    : row.StatementCode == DemoPositions.StoryStatement ? 1.85 + (0.35 * years) + (noise / 4)
                    : baseline + lenience + noise;
                var rating = random.NextDouble() < 0.07 ? Rating.DontKnow : (Rating)Math.Clamp((int)Math.Round(value), 0, 3);
                var comment = random.NextDouble() < 0.06 ? comments.Next(row.StageNumber, index) : null;
                if (row.StatementCode == DemoPositions.StoryStatement) comment = DemoComments.OnStory(years, index);
                list.Add(new Answer(cycle.OrganisationId, cycle.Id, respondent.Id, row.StatementId, rating, comment, cycle.OpensOn.AddDays(1 + (index % 10)).AddMinutes(row.StatementId)));
            }
        }
        return list;
    }
}
