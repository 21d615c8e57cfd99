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

/// <summary>A bad band setting stops the app at start-up with a message naming it, instead of rating wrongly later.</summary>
public sealed class RatingBandsStartUpTests
{
    private sealed class BandsFactory(Dictionary<string, string?> settings) : Support.AppFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }

    [Theory]
    [InlineData("Eds:RatingBands:Organisation:1:Min", "9", "no band covers 8–8")]
    [InlineData("Eds:RatingBands:Domains:D3:3:Max", "10", "Eds:RatingBands:Domains:D3 must reach 9")]
    [InlineData("Eds:RatingBands:Organisation:3:Max", "32", "the band 33–32 ends before it starts")]
    [InlineData("Eds:RatingBands:Organisation:2:Min", "21", "the bands 8–21 and 21–32 overlap")]
    [InlineData("Eds:PanelLinkLifetime", "365.00:00:00", "Eds:PanelLinkLifetime")]
    public async Task The_app_refuses_to_start_with_bands_that_leave_gaps_overlap_or_miss_the_maximum(string key, string value, string message)
    {
        await using var app = new BandsFactory(new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) messages.Add(e.Message);
        var all = string.Join(" | ", messages);
        Assert.Contains(message, all, StringComparison.Ordinal);
    }
}
