using IncLead.Web.Identity;

namespace IncLead.Tests.Domain;

public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("P@ssw0rdP@ssw0rd")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("Welcome2026!!")]
    [InlineData("letmeinletmein")]
    [InlineData("!!!!!!!!!!!!")]
    public void Common_passwords_and_their_padded_variants_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("Kettle-harbour-lantern-42")]
    [InlineData("purple tractor on the moon")]
    [InlineData("Riverside-demo-2026")]
    public void Unusual_passphrases_are_allowed(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void A_password_built_on_the_persons_own_name_is_refused()
    {
        var user = new AppUser { Email = "margaret.okafor@riverside.example", FullName = "Margaret Okafor" };
        Assert.True(CommonPasswordValidator.IsCommon("Okafor2026!!!", user));
    }
}
