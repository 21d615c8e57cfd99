using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Seed;

/// <summary>
/// The demo is what a newcomer sees first, so it must read as a real board's: agreed positions that follow from the
/// board's own ratings, each with its own rationale; comments that do not repeat; EDS rationales per outcome; and
/// three years with a story (stages 1 and 2 up, stage 4 slipping, S1.F2.02 split and then agreed after an action).
/// </summary>
public sealed class DemoStoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Cycle>> DemoCyclesAsync() =>
        app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
            .Where(c => db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == DemoData.OdsCode)).OrderBy(c => c.OpensOn).ToListAsync(Ct));

    [Fact]
    public async Task Each_agreed_position_is_the_boards_middle_rating_with_its_own_rationale_and_dissent_where_it_split()
    {
        foreach (var cycle in (await DemoCyclesAsync()).Where(c => c.State == CycleState.SignedOff))
        {
            var positions = await app.QueryAsync(db => db.AgreedPositions.IgnoreQueryFilters().Where(p => p.CycleId == cycle.Id).ToListAsync(Ct));
            var answers = await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().Where(a => a.CycleId == cycle.Id && a.Rating != null && a.Rating != Rating.DontKnow)
                .Select(a => new { a.StatementId, Rating = a.Rating!.Value }).ToListAsync(Ct));
            Assert.True(positions.Count >= 15, $"{cycle.Name}: only {positions.Count} positions");
            Assert.True(positions.Select(p => p.Rating).Distinct().Count() >= 3, $"{cycle.Name}: positions use fewer than three ratings");
            Assert.Equal(positions.Count, positions.Select(p => p.Rationale).Distinct().Count());
            foreach (var position in positions)
            {
                var known = answers.Where(a => a.StatementId == position.StatementId).Select(a => a.Rating).Order().ToList();
                var split = known.Count >= 4 && known[^2] - known[1] >= 2;
                var expected = split ? known[(known.Count - 1) / 2] : known[known.Count / 2];
                Assert.Equal(expected, position.Rating);
                Assert.Equal(split, position.Dissent is not null);
                Assert.Equal(split, position.Rationale.Contains("The board split", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task No_comment_repeats_within_a_cycle_and_every_cycle_has_comments()
    {
        foreach (var cycle in await DemoCyclesAsync())
        {
            var comments = await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().Where(a => a.CycleId == cycle.Id && a.Comment != null).Select(a => a.Comment!).ToListAsync(Ct));
            Assert.True(comments.Count >= 20, $"{cycle.Name}: only {comments.Count} comments");
            Assert.Equal(comments.Count, comments.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public async Task Each_eds_outcome_has_a_rationale_that_names_its_own_evidence()
    {
        var rationales = await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().Where(g => g.Rationale != "")
            .Select(g => new { g.AssessmentId, g.OutcomeId, g.Rationale }).ToListAsync(Ct));
        Assert.NotEmpty(rationales);
        foreach (var assessment in rationales.GroupBy(r => r.AssessmentId))
            Assert.Equal(assessment.Count(), assessment.Select(r => r.Rationale).Distinct().Count());
    }

    [Fact]
    public async Task Three_years_show_stages_one_and_two_rising_stage_four_slipping_and_the_split_statement_agreed_after_its_action()
    {
        var readings = await app.AsMemberAsync(Demo.Lead, async (services, _) =>
        {
            var reader = services.GetRequiredService<ResultsReader>();
            return await reader.ReadAsync(await reader.CyclesWithResultsAsync(Ct), Ct);
        });
        var (first, second, third) = (readings[0].Results, readings[1].Results, readings[2].Results);
        double Stage(CycleResults r, int n) => r.Stages.Single(s => s.Number == n).Figure.Mean!.Value;
        foreach (var n in new[] { 1, 2 })
            Assert.True(Stage(first, n) < Stage(second, n) && Stage(second, n) < Stage(third, n), $"Stage {n} does not rise each year");
        Assert.True(Stage(first, 4) - Stage(second, 4) >= 0.2 && Stage(second, 4) > Stage(third, 4), "Stage 4 does not slip");

        const string story = "S1.F2.02"; // DemoPositions.StoryStatement (internal to the web project)
        Assert.Contains(Divergence.MostDivergent(first.AllStatements, s => s.Statistics, s => s.Code), s => s.Code == story);
        Assert.DoesNotContain(Divergence.MostDivergent(second.AllStatements, s => s.Statistics, s => s.Code), s => s.Code == story);
        Assert.True(second.AllStatements.Single(s => s.Code == story).Statistics.Mean > first.AllStatements.Single(s => s.Code == story).Statistics.Mean);

        var action = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters()
            .Where(a => a.CycleId == readings[0].Cycle.Id && db.Statements.Any(s => s.Id == a.StatementId && s.Code == story)).SingleAsync(Ct));
        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.False(string.IsNullOrWhiteSpace(action.CompletionEvidence));
        Assert.True(action.UpdatedAt < readings[1].Cycle.OpensOn, "The action was not done before the next cycle opened");
    }
}
