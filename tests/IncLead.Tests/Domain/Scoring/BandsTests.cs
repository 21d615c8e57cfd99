using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Domain.Scoring;

public sealed class BandsTests
{
    [Theory]
    [InlineData(0.0, Band.Undeveloped)]
    [InlineData(0.49, Band.Undeveloped)]
    [InlineData(0.5, Band.Developing)]
    [InlineData(1.0, Band.Developing)]
    [InlineData(1.49, Band.Developing)]
    [InlineData(1.5, Band.Achieving)]
    [InlineData(2.49, Band.Achieving)]
    [InlineData(2.5, Band.Excelling)]
    [InlineData(3.0, Band.Excelling)]
    public void A_mean_falls_in_the_band_of_the_nearest_scale_point_halves_rounding_up(double mean, Band band) =>
        Assert.Equal(band, Bands.For(mean));

    [Fact]
    public void No_mean_has_no_band() => Assert.Null(Bands.For(null));

    [Theory]
    [InlineData(0.0, Consensus.Agreement)]
    [InlineData(0.75, Consensus.Agreement)]
    [InlineData(1.0, Consensus.Mixed)]
    [InlineData(1.75, Consensus.Mixed)]
    [InlineData(2.0, Consensus.Divided)]
    [InlineData(3.0, Consensus.Divided)]
    public void Agreement_is_read_from_the_interquartile_range(double iqr, Consensus consensus) =>
        Assert.Equal(consensus, ConsensusLevels.For(iqr));
}
