namespace IncLead.Web.Domain.Eds;

/// <summary>
/// Domain totals and ratings for EDS 2022 (docs/eds-rating-bands.md). Outcome scores add up to domain totals and
/// domain totals to the organisation total. A domain graded per service is totalled service by service and the
/// median of those totals is used. A missing score is never counted as 0: a domain with any outcome unscored has no
/// total, and the organisation has none until every domain has one.
/// </summary>
public static class EdsScoring
{
    public static EdsTotals Calculate(IReadOnlyList<DomainToScore> domains, IReadOnlyList<int> serviceIds, IReadOnlyDictionary<int, AgreedOutcomeScore> agreed, RatingBands bands)
    {
        var totals = domains.Select(d => d.PerService ? PerService(d, serviceIds, agreed, bands) : Single(d, agreed, bands)).ToList();
        int? organisation = totals.Count > 0 && totals.All(t => t.Total is not null) ? totals.Sum(t => t.Total!.Value) : null;
        return new EdsTotals(totals, organisation, organisation is { } o ? RatingBands.RatingFor(bands.Organisation, o) : null);
    }

    private static DomainTotal Single(DomainToScore domain, IReadOnlyDictionary<int, AgreedOutcomeScore> agreed, RatingBands bands)
    {
        var scores = domain.OutcomeIds.Select(id => agreed.TryGetValue(id, out var a) ? a.Score : null).ToList();
        var missing = scores.Count(s => s is null);
        int? total = missing == 0 && scores.Count > 0 ? scores.Sum(s => s!.Value) : null;
        return new DomainTotal(domain.Code, total, total, [], total is { } t ? RatingBands.RatingFor(bands.ForDomain(domain.Code), t) : null, missing);
    }

    private static DomainTotal PerService(DomainToScore domain, IReadOnlyList<int> serviceIds, IReadOnlyDictionary<int, AgreedOutcomeScore> agreed, RatingBands bands)
    {
        var serviceTotals = serviceIds.Select(service =>
        {
            var scores = domain.OutcomeIds.Select(id => agreed.TryGetValue(id, out var a) && a.ServiceScores.TryGetValue(service, out var s) ? s : (int?)null).ToList();
            return new ServiceTotal(service, scores.All(s => s is not null) && scores.Count > 0 ? scores.Sum(s => s!.Value) : null);
        }).ToList();
        var missing = domain.OutcomeIds.Count(id => !agreed.TryGetValue(id, out var a) || serviceIds.Any(s => !a.ServiceScores.ContainsKey(s)));
        if (serviceIds.Count == 0 || serviceTotals.Any(t => t.Total is null))
            return new DomainTotal(domain.Code, null, null, serviceTotals, null, serviceIds.Count == 0 ? domain.OutcomeIds.Count : missing);
        var (median, unrounded) = Median([.. serviceTotals.Select(t => t.Total!.Value)], bands.Domain1EvenCountRounding);
        return new DomainTotal(domain.Code, median, unrounded, serviceTotals, RatingBands.RatingFor(bands.ForDomain(domain.Code), median), 0);
    }

    /// <summary>The middle value; for an even count, the mean of the middle two made whole by <paramref name="rounding"/>.</summary>
    public static (int Median, decimal Unrounded) Median(IReadOnlyList<int> values, EvenCountRounding rounding)
    {
        if (values.Count == 0) throw new ArgumentException("The median of nothing is undefined.", nameof(values));
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        if (sorted.Count % 2 == 1) return (sorted[middle], sorted[middle]);
        var mean = (sorted[middle - 1] + sorted[middle]) / 2m;
        var whole = rounding == EvenCountRounding.HalfUp ? (int)Math.Round(mean, MidpointRounding.AwayFromZero) : (int)Math.Floor(mean);
        return (whole, mean);
    }
}

/// <summary>A domain's outcomes, in the order they are graded.</summary>
public sealed record DomainToScore(string Code, bool PerService, IReadOnlyList<int> OutcomeIds);

/// <summary>What was agreed for one outcome: one score, or a score per service id.</summary>
public sealed record AgreedOutcomeScore(int? Score, IReadOnlyDictionary<int, int> ServiceScores)
{
    public static AgreedOutcomeScore Of(int score) => new(score, new Dictionary<int, int>());

    public static AgreedOutcomeScore PerService(IReadOnlyDictionary<int, int> scores) => new(null, scores);
}

/// <summary><paramref name="Unrounded"/> differs from the total only for an even number of services.</summary>
public sealed record DomainTotal(string Code, int? Total, decimal? Unrounded, IReadOnlyList<ServiceTotal> ServiceTotals, int? Rating, int OutcomesMissing);

public sealed record ServiceTotal(int ServiceId, int? Total);

public sealed record EdsTotals(IReadOnlyList<DomainTotal> Domains, int? OrganisationTotal, int? OrganisationRating);
