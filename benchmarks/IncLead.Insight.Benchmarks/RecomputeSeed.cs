using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Benchmark;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Insight.Benchmarks;

/// <summary>
/// Organisations that take part in the benchmark, each with three signed-off cycles whose frozen snapshots hold full
/// results (12 board members' ratings of every statement, made up but different for each organisation, never stored
/// as answers: recomputing reads only what is shared). Three in five are acute trusts, the rest mental health and
/// community trusts, so several peer groups are computed. Each organisation then shares through the real
/// <see cref="BenchmarkSharing.ShareAsync"/>, which copies the means of its latest signed-off cycle.
/// </summary>
public static class RecomputeSeed
{
    private const int Members = 12;
    private const int Cycles = 3;

    public static async Task AddAsync(IServiceProvider services, int from, int count)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var framework = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).OrderBy(f => f.Id).Select(f => new { f.Id, Name = f.Title + " (version " + f.Version + ")" }).FirstAsync();
        var outline = await FrameworkOutline.LoadAsync(db, [framework.Id]);
        var signer = await SignerAsync(scope.ServiceProvider);

        for (var o = from; o < from + count; o++)
        {
            var organisation = new Organisation($"Benchmark Trust {o:000}", OrganisationType.NhsTrust, $"ZR{o:000}", "Midlands", false, now.AddYears(-Cycles - 1));
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            int? previous = null;
            for (var year = 0; year < Cycles; year++)
            {
                var opens = now.Date.AddYears(year - Cycles).AddDays(-14);
                var cycle = new Cycle(organisation.Id, $"{2026 - Cycles + year}/{(27 - Cycles + year) % 100:00}", framework.Id, opens, opens.AddDays(28), previous, opens.AddDays(-7));
                db.Cycles.Add(cycle);
                await db.SaveChangesAsync();
                cycle.Open(opens);
                cycle.Close(opens.AddDays(28));
                cycle.ReleaseResults(opens.AddDays(29));
                var meeting = opens.AddDays(40);
                var ratings = Enumerable.Range(0, Members).SelectMany(m => outline.Select(row =>
                    new ResultsCalculator.AnswerRow(m + 1, row.StatementId, (Rating)(((row.StatementId * 7) + (m * 3) + o + year) % 4), null))).ToList();
                var results = ResultsCalculator.Build(cycle.Id, cycle.Name, framework.Name, organisation.AnonymityThreshold, Members, outline, ratings, meeting);
                db.SignOffs.Add(new SignOff(organisation.Id, cycle.Id, 1, meeting, $"TB/{year}", null, signer.Id, signer.FullName,
                    new SignOffSnapshot(1, meeting, $"TB/{year}", results, []).ToJson(), meeting));
                cycle.MarkSignedOff(meeting);
                previous = cycle.Id;
            }
            var group = (o % 5) switch { 3 => PeerGroup.MentalHealth, 4 => PeerGroup.Community, _ => PeerGroup.Acute };
            var participation = new BenchmarkParticipation(organisation.Id, group, now);
            participation.OptIn(group, "Benchmark", now);
            db.BenchmarkParticipations.Add(participation);
            await db.SaveChangesAsync();
        }

        var sharing = scope.ServiceProvider.GetRequiredService<BenchmarkSharing>();
        var ids = await db.Organisations.IgnoreQueryFilters().Where(o => o.OdsCode.StartsWith("ZR")).OrderBy(o => o.Id).Skip(from).Select(o => o.Id).ToListAsync();
        foreach (var id in ids) await sharing.ShareAsync(id);
    }

    // Whoever signs: one account for every organisation, made without a password (hashing is slow and not measured).
    private static async Task<AppUser> SignerAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync("signer@benchmark.example") is { } existing) return existing;
        var user = new AppUser { UserName = "signer@benchmark.example", Email = "signer@benchmark.example", FullName = "Benchmark signer", EmailConfirmed = true };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
