using IncLead.Web.Data;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The checks on an action form that attributes cannot make: real dates, members of this organisation, known choices.</summary>
public static class ActionFormChecks
{
    /// <summary>The form is posted as <c>Form.*</c> fields, so its errors are keyed the same way.</summary>
    public const string Prefix = "Form.";

    // raisedOn is today for a new action, and the day it was raised for an existing one.
    public static async Task ValidateAsync(ActionForm form, ModelStateDictionary state, AppDbContext db, DateTime raisedOn, bool isNew, CancellationToken ct = default)
    {
        if (form.DueOnDate is { } due && !Domain.Actions.ActionItem.DueDateAllowed(due, raisedOn))
            state.AddModelError(Prefix + nameof(form.DueOn), isNew ? "The due date must be today or later" : $"The due date cannot be before the action was raised, on {Dates.Long(raisedOn)}");
        if (form.Priority is not null && form.PriorityValue is null) state.AddModelError(Prefix + nameof(form.Priority), "Choose high, medium or low priority");
        if (form.OwnerUserId is { } owner && !await OrganisationMembers.AreActiveMembersAsync(db, [owner], ct))
            state.AddModelError(Prefix + nameof(form.OwnerUserId), "Choose an owner from the members of your organisation");
        if (!string.IsNullOrEmpty(form.ExecutiveLeadUserId) && !await OrganisationMembers.AreActiveMembersAsync(db, [form.ExecutiveLeadUserId], ct))
            state.AddModelError(Prefix + nameof(form.ExecutiveLeadUserId), "Choose an executive lead from the members of your organisation");
        if (form.StageId is { } stage && !await db.Stages.AnyAsync(s => s.Id == stage, ct)) state.AddModelError(Prefix + nameof(form.StageId), "Choose a stage from the list");
        if (form.EdsOutcomeId is { } outcome && !await db.EdsOutcomes.AnyAsync(o => o.Id == outcome, ct)) state.AddModelError(Prefix + nameof(form.EdsOutcomeId), "Choose an EDS outcome from the list");
    }
}
