using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Eds.Engagement;

public sealed class CheckForm
{
    [Required(ErrorMessage = "Choose a status")]
    public EngagementCheckStatus? Status { get; set; }

    [StringLength(EngagementCheckProgress.EvidenceMaxLength, ErrorMessage = "The evidence must be 2,000 characters or fewer")]
    public string? Evidence { get; set; }

    [DateInput("The date done")]

    public string? DoneOn { get; set; }

    public DateTime? DoneOnDate => Dates.Parse(DoneOn);

    public void Validate(ModelStateDictionary state)
    {
        // A date that is not real already has its message from the date input.
        if (Status == EngagementCheckStatus.Done && DoneOnDate is null && state.GetValidationState("Form.DoneOn") != ModelValidationState.Invalid)
            state.AddModelError("Form.DoneOn", "Enter the date this was done");
        if (Status is { } s && !Enum.IsDefined(s)) state.AddModelError("Form.Status", "Choose a status");
    }

    public static IEnumerable<SelectListItem> Statuses =>
        Enum.GetValues<EngagementCheckStatus>().Select(s => new SelectListItem(EngagementText.Status(s), s.ToString()));
}

public sealed class EventForm
{
    [Required(ErrorMessage = "Enter the date of the event")]
    [DateInput("The date of the event")]
    public string? HeldOn { get; set; }

    [Required(ErrorMessage = "Choose what kind of event it was")]
    public EngagementKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter a title for the event")]
    [StringLength(EngagementEvent.TitleMaxLength, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter the groups the event reached")]
    [StringLength(EngagementEvent.GroupsMaxLength, ErrorMessage = "The groups reached must be 1,000 characters or fewer")]
    public string? GroupsReached { get; set; }

    public List<string> ProtectedCharacteristics { get; set; } = [];
    public List<string> BoardMemberUserIds { get; set; } = [];

    [DateInput("The date feedback was given")]

    public string? FeedbackGivenOn { get; set; }

    [StringLength(EngagementEvent.NotesMaxLength, ErrorMessage = "The notes must be 2,000 characters or fewer")]
    public string? Notes { get; set; }

    public DateTime? HeldOnDate => Dates.Parse(HeldOn);
    public DateTime? FeedbackGivenOnDate => Dates.Parse(FeedbackGivenOn);

    public void Validate(ModelStateDictionary state, IReadOnlySet<string> boardMembers)
    {
        if (FeedbackGivenOnDate is { } f && HeldOnDate is { } h && f < h) state.AddModelError("Form.FeedbackGivenOn", "Feedback cannot be given before the event");
        if (Kind is { } k && !Enum.IsDefined(k)) state.AddModelError("Form.Kind", "Choose what kind of event it was");
        if (!EqualityGroups.AllKnown(ProtectedCharacteristics, EqualityGroups.ProtectedCharacteristics))
            state.AddModelError("Form.ProtectedCharacteristics", "Choose protected characteristics from the list");
        if (BoardMemberUserIds.Any(u => !boardMembers.Contains(u)))
            state.AddModelError("Form.BoardMemberUserIds", "Choose board members of your organisation from the list");
    }

    public static IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<EngagementKind>().Select(k => new SelectListItem(EngagementText.Kind(k), k.ToString()));
}

public static class EngagementText
{
    public static string Status(EngagementCheckStatus status) => status switch
    {
        EngagementCheckStatus.NotStarted => "Not started",
        EngagementCheckStatus.InProgress => "In progress",
        EngagementCheckStatus.Done => "Done",
        _ => "Not applicable",
    };

    public static string StatusTag(EngagementCheckStatus status) => status switch
    {
        EngagementCheckStatus.NotStarted => "nhsuk-tag--grey",
        EngagementCheckStatus.InProgress => "nhsuk-tag--blue",
        EngagementCheckStatus.Done => "nhsuk-tag--green",
        _ => "nhsuk-tag--white",
    };

    public static string Kind(EngagementKind kind) => kind switch
    {
        EngagementKind.Workshop => "Workshop",
        EngagementKind.GradingEvent => "Grading event",
        EngagementKind.FocusGroup => "Focus group",
        EngagementKind.Survey => "Survey",
        EngagementKind.CommunityMeeting => "Community meeting",
        _ => "Other",
    };
}
