using System.Text.Json;
using IncLead.Web.Domain.Eds;

namespace IncLead.Tests.Domain.Eds;

public sealed class RatingBandsTests
{
    [Fact]
    public void The_shipped_bands_cover_every_total_from_0_to_the_EDS_2022_maximum_without_gaps_or_overlaps()
    {
        var bands = EdsScoringTests.DefaultBands();
        using var framework = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Frameworks", "Data", "eds-2022.json")));
        var domains = framework.RootElement.GetProperty("domains").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString()!, Outcomes: d.GetProperty("outcomes").GetArrayLength())).ToList();

        Assert.Empty(RatingBands.Problems("organisation", bands.Organisation));
        Assert.Equal(33, RatingBands.Top(bands.Organisation));
        Assert.Equal(domains.Sum(d => d.Outcomes) * 3, RatingBands.Top(bands.Organisation));
        foreach (var (code, outcomes) in domains)
        {
            var list = bands.ForDomain(code)!;
            Assert.Empty(RatingBands.Problems(code, list));
            Assert.Equal(outcomes * 3, RatingBands.Top(list));
        }
    }

    public static TheoryData<RatingBand[], string> BadBands => new()
    {
        { [new(0, 1, 7), new(1, 8, 33)], "must start at 0" },
        { [new(0, 0, 7), new(1, 9, 33)], "no band covers 8–8" },
        { [new(0, 0, 8), new(1, 8, 33)], "overlap" },
        { [new(0, 0, 7), new(1, 21, 8)], "ends before it starts" },
        { [new(1, 0, 7), new(0, 8, 33)], "ratings must rise" },
        { [new(0, 0, 7), new(4, 8, 33)], "not on the scale" },
    };

    [Theory]
    [MemberData(nameof(BadBands))]
    public void Bands_that_leave_gaps_overlap_or_do_not_start_at_0_are_refused_with_the_reason(RatingBand[] bands, string reason) =>
        Assert.Contains(RatingBands.Problems("Eds:RatingBands:Organisation", bands), p => p.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public void A_total_beyond_every_band_gets_no_rating_rather_than_a_wrong_one() =>
        Assert.Null(RatingBands.RatingFor(EdsScoringTests.DefaultBands().Organisation, 34));
}
