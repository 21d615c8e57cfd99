using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Cycles;

/// <summary>Creating or changing a draft cycle. Dates arrive as text so a mistyped date gets a plain-English message.</summary>
public sealed class CycleForm
{
    [Required(ErrorMessage = "Enter a name for the cycle, like 2026/27")]
    [StringLength(Cycle.NameMaxLength, ErrorMessage = "The name must be 100 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the framework version")]
    public int? FrameworkId { get; set; }

    [Required(ErrorMessage = "Enter the date the cycle opens")]
    [DateInput("The open date")]
    public string? OpensOn { get; set; }

    [Required(ErrorMessage = "Enter the date the cycle closes")]
    [DateInput("The close date")]
    public string? ClosesOn { get; set; }

    public int? PreviousCycleId { get; set; }

    public List<string> RespondentUserIds { get; set; } = [];

    // Choices for the page, not posted.
    public IReadOnlyList<SelectListItem> Frameworks { get; set; } = [];
    public IReadOnlyList<SelectListItem> PreviousCycles { get; set; } = [];
    public IReadOnlyList<SelectListItem> BoardMembers { get; set; } = [];
    public int? CycleId { get; set; }

    public DateTime? OpensOnDate => Dates.Parse(OpensOn);
    public DateTime? ClosesOnDate => Dates.Parse(ClosesOn);

    /// <summary>The checks attributes cannot make: real dates, in order, and respondents who are board members.</summary>
    public void Validate(ModelStateDictionary state, ISet<string> boardMemberIds, ISet<int> frameworkIds, ISet<int> previousCycleIds)
    {
        if (OpensOnDate is { } opens && ClosesOnDate is { } closes && closes < opens)
            state.AddModelError(nameof(ClosesOn), "The close date must be the same as or after the open date");
        if (FrameworkId is { } f && !frameworkIds.Contains(f)) state.AddModelError(nameof(FrameworkId), "Choose a framework version from the list");
        if (PreviousCycleId is { } p && !previousCycleIds.Contains(p)) state.AddModelError(nameof(PreviousCycleId), "Choose a previous cycle from the list");
        if (RespondentUserIds.Count == 0) state.AddModelError(nameof(RespondentUserIds), "Choose at least one respondent");
        else if (RespondentUserIds.Any(id => !boardMemberIds.Contains(id)))
            state.AddModelError(nameof(RespondentUserIds), "Respondents must be active board members of your organisation");
    }
}
