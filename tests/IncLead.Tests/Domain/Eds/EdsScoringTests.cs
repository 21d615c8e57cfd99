using IncLead.Web.Domain.Eds;
using IncLead.Web.Features.Eds;
using Microsoft.Extensions.Configuration;

namespace IncLead.Tests.Domain.Eds;

/// <summary>Domain totals, Domain 1 medians and ratings at every band boundary, with the bands shipped in appsettings.json.</summary>
public sealed class EdsScoringTests
{
    // EDS 2022's shape: Domain 1 (4 outcomes, graded per service), Domain 2 (4), Domain 3 (3). Outcome ids are 11–14, 21–24, 31–33.
    private static readonly DomainToScore D1 = new("D1", true, [11, 12, 13, 14]);
    private static readonly DomainToScore D2 = new("D2", false, [21, 22, 23, 24]);
    private static readonly DomainToScore D3 = new("D3", false, [31, 32, 33]);
    private static readonly DomainToScore[] Eds2022 = [D1, D2, D3];

    public static RatingBands DefaultBands(EvenCountRounding? rounding = null)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var options = configuration.GetSection(EdsOptions.Section).Get<EdsOptions>()!;
        if (rounding is { } r) options.RatingBands.Domain1EvenCountRounding = r;
        return options.ToBands();
    }

    private static Dictionary<int, AgreedOutcomeScore> Single(DomainToScore domain, params int[] scores) =>
        domain.OutcomeIds.Zip(scores).ToDictionary(x => x.First, x => AgreedOutcomeScore.Of(x.Second));

    /// <summary>Domain 1 scores given service by service: each array is one service's scores for 1A–1D.</summary>
    private static Dictionary<int, AgreedOutcomeScore> PerService(params int[][] services) =>
        D1.OutcomeIds.Select((id, outcome) => (id, scores: services.Select((s, service) => (Service: 100 + service, Score: s[outcome])).ToDictionary(x => x.Service, x => x.Score)))
            .ToDictionary(x => x.id, x => AgreedOutcomeScore.PerService(x.scores));

    private static int[] ServiceIds(int count) => [.. Enumerable.Range(100, count)];

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0 }, 0, 0)]
    [InlineData(new[] { 1, 1, 0, 0 }, 2, 0)]
    [InlineData(new[] { 1, 1, 1, 0 }, 3, 1)]
    [InlineData(new[] { 2, 2, 2, 1 }, 7, 1)]
    [InlineData(new[] { 2, 2, 2, 2 }, 8, 2)]
    [InlineData(new[] { 3, 3, 3, 2 }, 11, 2)]
    [InlineData(new[] { 3, 3, 3, 3 }, 12, 3)]
    public void Domain_2_total_is_the_sum_of_its_outcomes_and_takes_the_rating_of_its_band(int[] scores, int total, int rating)
    {
        var result = EdsScoring.Calculate([D2], [], Single(D2, scores), DefaultBands()).Domains.Single();
        Assert.Equal(total, result.Total);
        Assert.Equal(rating, result.Rating);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 1 }, 2, 0)]
    [InlineData(new[] { 1, 1, 1 }, 3, 1)]
    [InlineData(new[] { 2, 2, 1 }, 5, 1)]
    [InlineData(new[] { 2, 2, 2 }, 6, 2)]
    [InlineData(new[] { 3, 3, 2 }, 8, 2)]
    [InlineData(new[] { 3, 3, 3 }, 9, 3)]
    public void Domain_3_has_its_own_bands_because_it_has_three_outcomes(int[] scores, int total, int rating)
    {
        var result = EdsScoring.Calculate([D3], [], Single(D3, scores), DefaultBands()).Domains.Single();
        Assert.Equal(total, result.Total);
        Assert.Equal(rating, result.Rating);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 3)]
    public void Domain_1_bands_meet_at_every_boundary(int total, int rating) =>
        Assert.Equal(rating, RatingBands.RatingFor(DefaultBands().ForDomain("D1"), total));

    public static TheoryData<int[][], EvenCountRounding, int, decimal> Medians => new()
    {
        // One service: its own total.
        { [[2, 2, 1, 1]], EvenCountRounding.Down, 6, 6m },
        // Three services: the middle one, as AWP published (6, 5 and 4 give 5).
        { [[2, 2, 1, 1], [2, 1, 1, 1], [1, 1, 1, 1]], EvenCountRounding.Down, 5, 5m },
        // Order does not matter.
        { [[1, 1, 1, 1], [3, 3, 3, 3], [2, 2, 1, 1]], EvenCountRounding.Down, 6, 6m },
        // Two services: the average, rounded down by default (7 and 8 give 7.5, so 7) ...
        { [[2, 2, 2, 1], [2, 2, 2, 2]], EvenCountRounding.Down, 7, 7.5m },
        // ... or up when configured.
        { [[2, 2, 2, 1], [2, 2, 2, 2]], EvenCountRounding.HalfUp, 8, 7.5m },
        // Two services whose average is whole needs no rounding.
        { [[3, 3, 3, 3], [1, 1, 1, 1]], EvenCountRounding.Down, 8, 8m },
        // The median of the service totals, not the sum of outcome medians (which would be 0 here).
        { [[3, 0, 0, 0], [0, 3, 0, 0], [0, 0, 3, 3]], EvenCountRounding.Down, 3, 3m },
    };

    [Theory]
    [MemberData(nameof(Medians))]
    public void Domain_1_total_is_the_median_of_the_service_totals(int[][] services, EvenCountRounding rounding, int total, decimal unrounded)
    {
        var result = EdsScoring.Calculate([D1], ServiceIds(services.Length), PerService(services), DefaultBands(rounding)).Domains.Single();
        Assert.Equal(total, result.Total);
        Assert.Equal(unrounded, result.Unrounded);
        Assert.Equal(services.Select(s => s.Sum()), result.ServiceTotals.Select(t => t.Total!.Value));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(21, 1)]
    [InlineData(22, 2)]
    [InlineData(32, 2)]
    [InlineData(33, 3)]
    public void Organisation_total_adds_the_domain_totals_and_takes_the_rating_of_its_band(int total, int rating)
    {
        // Spread the total over the 11 outcomes, filling each up to 3 in turn.
        var left = total;
        int Next() { var s = Math.Min(3, left); left -= s; return s; }
        var d1 = D1.OutcomeIds.Select(_ => Next()).ToArray();
        var agreed = PerService(d1).Concat(Single(D2, [.. D2.OutcomeIds.Select(_ => Next())])).Concat(Single(D3, [.. D3.OutcomeIds.Select(_ => Next())]))
            .ToDictionary(x => x.Key, x => x.Value);

        var result = EdsScoring.Calculate(Eds2022, ServiceIds(1), agreed, DefaultBands());
        Assert.Equal(total, result.Domains.Sum(d => d.Total));
        Assert.Equal(total, result.OrganisationTotal);
        Assert.Equal(rating, result.OrganisationRating);
    }

    [Fact]
    public void A_missing_score_is_never_counted_as_zero()
    {
        var agreed = Single(D2, 3, 3, 3);
        var result = EdsScoring.Calculate(Eds2022, ServiceIds(3), agreed, DefaultBands());
        var d2 = result.Domains.Single(d => d.Code == "D2");
        Assert.Null(d2.Total);
        Assert.Null(d2.Rating);
        Assert.Equal(1, d2.OutcomesMissing);
        Assert.Null(result.OrganisationTotal);
        Assert.Null(result.OrganisationRating);
    }

    [Fact]
    public void Domain_1_has_no_total_while_any_service_lacks_a_score_or_no_service_is_named()
    {
        var agreed = PerService([2, 2, 2, 2], [1, 1, 1, 1]);
        agreed[14] = AgreedOutcomeScore.PerService(new Dictionary<int, int> { [100] = 2 });
        Assert.Null(EdsScoring.Calculate([D1], ServiceIds(2), agreed, DefaultBands()).Domains.Single().Total);
        Assert.Null(EdsScoring.Calculate([D1], [], PerService([2, 2, 2, 2]), DefaultBands()).Domains.Single().Total);
    }

    [Fact]
    public void Domains_without_configured_bands_show_a_total_but_no_rating()
    {
        var defaults = DefaultBands();
        var bands = defaults with { Domains = new Dictionary<string, IReadOnlyList<RatingBand>>() };
        var result = EdsScoring.Calculate([D2], [], Single(D2, 2, 2, 2, 2), bands).Domains.Single();
        Assert.Equal(8, result.Total);
        Assert.Null(result.Rating);
    }
}
