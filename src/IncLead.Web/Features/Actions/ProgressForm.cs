using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Actions;

namespace IncLead.Web.Features.Actions;

/// <summary>An owner's update: status, risk flag, evidence and a dated note, saved against the version they saw.</summary>
public sealed class ProgressForm
{
    [Required(ErrorMessage = "Choose the status")]
    public string? Status { get; set; }

    public bool AtRisk { get; set; }

    [StringLength(ActionItem.RiskNoteMaxLength, ErrorMessage = "The risk note must be 1,000 characters or fewer")]
    public string? RiskNote { get; set; }

    [StringLength(ActionItem.EvidenceMaxLength, ErrorMessage = "The evidence must be 4,000 characters or fewer")]
    public string? CompletionEvidence { get; set; }

    [StringLength(ActionItem.DropReasonMaxLength, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    public string? DropReason { get; set; }

    [StringLength(ProgressUpdate.NoteMaxLength, ErrorMessage = "The progress note must be 2,000 characters or fewer")]
    public string? Note { get; set; }

    [Required(ErrorMessage = "Reload the page and try again")]
    public Guid? Version { get; set; }

    public ActionStatus? StatusValue => Enum.TryParse<ActionStatus>(Status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;

    public static ProgressForm From(ActionItem action) => new()
    {
        Status = action.Status.ToString(), AtRisk = action.AtRisk, RiskNote = action.RiskNote, CompletionEvidence = action.CompletionEvidence,
        DropReason = action.DropReason, Version = action.Version,
    };
}

/// <summary>The action page: the action, the progress form (when the viewer may update it) and a conflicting version if any.</summary>
public sealed record ActionPage(ActionDetails Details, ProgressForm? Progress, ActionVersion? Theirs, bool CanEdit);
