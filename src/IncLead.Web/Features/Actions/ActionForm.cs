using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Actions;

/// <summary>Raising or changing an action. Dates and choices arrive as text so a bad value gets a plain-English message.</summary>
public sealed class ActionForm
{
    [Required(ErrorMessage = "Enter a title for the action")]
    [StringLength(ActionItem.TitleMaxLength, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(ActionItem.DescriptionMaxLength, ErrorMessage = "The description must be 4,000 characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose who owns the action")]
    public string? OwnerUserId { get; set; }

    public string? ExecutiveLeadUserId { get; set; }

    [Required(ErrorMessage = "Enter the date the action is due")]
    [DateInput("The due date")]
    public string? DueOn { get; set; }

    [Required(ErrorMessage = "Choose a priority")]
    public string? Priority { get; set; }

    /// <summary>Chosen on the form only when the action is not raised from a statement or factor, which imply their stage.</summary>
    public int? StageId { get; set; }

    public int? EdsOutcomeId { get; set; }

    // Where it was raised from; carried in hidden fields and checked again on save.
    public int? CycleId { get; set; }
    public int? StatementId { get; set; }
    public int? FactorId { get; set; }
    public int? StoryId { get; set; }

    /// <summary>The version the editor started from; empty for a new action.</summary>
    public Guid? Version { get; set; }

    public DateTime? DueOnDate => Dates.Parse(DueOn);

    public ActionPriority? PriorityValue => Enum.TryParse<ActionPriority>(Priority, ignoreCase: false, out var p) && Enum.IsDefined(p) ? p : null;

    public static IReadOnlyList<SelectListItem> Priorities =>
        [new("High", nameof(ActionPriority.High)), new("Medium", nameof(ActionPriority.Medium)), new("Low", nameof(ActionPriority.Low))];
}

/// <summary>The form page: the form, its choices, what the action is raised from, and a conflicting saved version if there is one.</summary>
public sealed record ActionFormPage(int? ActionId, ActionForm Form, ActionChoices Choices, ActionSourceDetails? Source, ActionVersion? Theirs);

public sealed record ActionChoices(IReadOnlyList<SelectListItem> Members, IReadOnlyList<SelectListItem> Stages, IReadOnlyList<SelectListItem> Outcomes);

/// <summary>An action as someone else saved it, shown beside the editor's own version after a conflict.</summary>
public sealed record ActionVersion(string Title, string Description, string Owner, string? ExecutiveLead, DateTime DueOn, ActionPriority Priority,
    ActionStatus Status, bool AtRisk, string? RiskNote, string? CompletionEvidence, string? DropReason, string By, DateTime At);
