using IncLead.Web.Domain;

namespace IncLead.Tests.Domain;

public sealed class InvitationTests
{
    private static readonly DateTime Sent = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Invitation New() => new(1, "a@example.com", "A", OrganisationRoles.BoardMember, BoardPosition.None, "hash", "u1", Sent);

    [Theory]
    [InlineData(0, InvitationState.Pending)]
    [InlineData(7 * 24 - 1, InvitationState.Pending)]
    [InlineData(7 * 24, InvitationState.Expired)]
    public void An_invitation_lasts_seven_days(int hoursLater, InvitationState expected) =>
        Assert.Equal(expected, New().StateAt(Sent.AddHours(hoursLater)));

    [Fact]
    public void An_invitation_works_once()
    {
        var invitation = New();
        invitation.Accept(Sent.AddHours(1));
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Sent.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddHours(2)));
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var invitation = New();
        invitation.Revoke(Sent.AddHours(1));
        Assert.Equal(InvitationState.Revoked, invitation.StateAt(Sent.AddHours(2)));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddHours(2)));
    }
}
