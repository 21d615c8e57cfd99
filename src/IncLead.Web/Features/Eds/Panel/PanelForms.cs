using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Eds;

namespace IncLead.Web.Features.Eds.Panel;

public sealed class InvitePanellistForm
{
    [Required(ErrorMessage = "Enter the panellist's name")]
    [StringLength(Panellist.NameMaxLength, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the panellist's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(Panellist.EmailMaxLength, ErrorMessage = "The email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [MinLength(1, ErrorMessage = "Choose at least one outcome for the panellist to review")]
    public List<int> OutcomeIds { get; set; } = [];
}

public sealed record InvitePage(EdsWorkspace Workspace, InvitePanellistForm Form, TimeSpan LinkLifetime);

public sealed class ProvisionalScoreForm
{
    [Required(ErrorMessage = "Choose your provisional score")]
    [RegularExpression("^[0-3]$", ErrorMessage = "Choose a score from 0 (Undeveloped) to 3 (Excelling)")]
    public string? Score { get; set; }

    [StringLength(ProvisionalScore.CommentMaxLength, ErrorMessage = "Your comment must be 2,000 characters or fewer")]
    public string? Comment { get; set; }
}

public sealed record PanelListPage(EdsWorkspace Workspace, IReadOnlyList<PanellistRow> Panellists, DateTime Now);

public sealed record PanellistRow(int Id, string Name, string Email, DateTime InvitedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastVisitedAt,
    IReadOnlyList<string> OutcomeCodes, int ScoresGiven)
{
    public PanelLinkState StateAt(DateTime now) => RevokedAt is not null ? PanelLinkState.Revoked : now >= ExpiresAt ? PanelLinkState.Expired : PanelLinkState.Active;
}
