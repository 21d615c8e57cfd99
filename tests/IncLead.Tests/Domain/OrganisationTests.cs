using IncLead.Web.Domain;

namespace IncLead.Tests.Domain;

public sealed class OrganisationTests
{
    [Theory]
    [InlineData("RX1", true)]
    [InlineData("rx1", true)]
    [InlineData(" RJ1 ", true)]
    [InlineData("15N", true)]
    [InlineData("QHL", true)]
    [InlineData("A81001", true)]
    [InlineData("R1", false)]
    [InlineData("RX1234Z", false)]
    [InlineData("RX-1", false)]
    [InlineData("R X1", false)]
    [InlineData("123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ods_codes_are_three_to_six_letters_and_digits_with_at_least_one_letter(string? code, bool valid) =>
        Assert.Equal(valid, Organisation.IsValidOdsCode(code));

    [Fact]
    public void A_profile_with_a_bad_ods_code_is_refused()
    {
        var organisation = new Organisation("Test Trust", OrganisationType.NhsTrust, "RX1", "London", false, DateTime.UtcNow);
        Assert.Throws<ArgumentException>(() => organisation.UpdateProfile("Test Trust", OrganisationType.NhsTrust, "R-1", "London", false, true));
        Assert.Equal("RX1", organisation.OdsCode);
    }
}
