using IncLead.Web.Domain;

namespace IncLead.Web.Features.TrustAdmin;

public sealed record MemberRow(int Id, string UserId, string FullName, string Email, OrganisationRoles Roles, BoardPosition Position, bool IsActive, bool TwoFactorEnabled);

public sealed record PendingInvitationRow(int Id, string FullName, string Email, OrganisationRoles Roles, DateTime ExpiresAt);

public sealed record UsersPage(IReadOnlyList<MemberRow> Members, IReadOnlyList<PendingInvitationRow> Invitations);

public sealed record EditMemberPage(MemberRow Member, MemberRolesForm Form, bool IsYou);
