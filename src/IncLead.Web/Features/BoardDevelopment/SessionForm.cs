using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.BoardDevelopment;

/// <summary>
/// Planning or recording a session. Aims and objectives are one per line; the agenda has a row per item plus blank
/// rows to add more, so the form works without JavaScript.
/// </summary>
public sealed class SessionForm
{
    public const string Prefix = "Form.";
    public const int BlankAgendaRows = 3;

    [Required(ErrorMessage = "Enter a title for the session")]
    [StringLength(BoardDevelopmentSession.TitleMaxLength, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter the date of the session")]
    [DateInput("The date of the session")]
    public string? HeldOn { get; set; }

    [StringLength(BoardDevelopmentSession.VenueMaxLength, ErrorMessage = "The venue must be 200 characters or fewer")]
    public string? Venue { get; set; }

    [StringLength(BoardDevelopmentSession.VenueMaxLength, ErrorMessage = "The facilitator must be 200 characters or fewer")]
    public string? Facilitator { get; set; }

    [StringLength(6000, ErrorMessage = "The aims must be 6,000 characters or fewer")]
    public string? Aims { get; set; }

    [StringLength(6000, ErrorMessage = "The learning objectives must be 6,000 characters or fewer")]
    public string? LearningObjectives { get; set; }

    public List<AgendaRow> Agenda { get; set; } = [];

    public List<string> AttendeeUserIds { get; set; } = [];

    [StringLength(BoardDevelopmentSession.OutcomesMaxLength, ErrorMessage = "The outcomes must be 4,000 characters or fewer")]
    public string? Outcomes { get; set; }

    public Guid? Version { get; set; }

    public DateTime? HeldOnDate => Dates.Parse(HeldOn);

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0)];

    public IReadOnlyList<AgendaItem> AgendaItems() =>
        [.. Agenda.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => new AgendaItem(int.Parse(r.Minutes!, System.Globalization.CultureInfo.InvariantCulture), r.Text!, r.LedBy))];

    public void Validate(ModelStateDictionary state)
    {
        ValidateLines(state, nameof(Aims), Aims, "aim");
        ValidateLines(state, nameof(LearningObjectives), LearningObjectives, "learning objective");
        for (var i = 0; i < Agenda.Count; i++)
        {
            var row = Agenda[i];
            if (string.IsNullOrWhiteSpace(row.Text)) continue;
            if (!int.TryParse(row.Minutes, out var m) || m is < 1 or > AgendaItem.MaxMinutes)
                state.AddModelError($"{Prefix}Agenda[{i}].Minutes", $"Enter the minutes for agenda item {i + 1} as a number from 1 to {AgendaItem.MaxMinutes}");
            if (row.Text.Length > AgendaItem.TextMaxLength) state.AddModelError($"{Prefix}Agenda[{i}].Text", $"Agenda item {i + 1} must be {AgendaItem.TextMaxLength} characters or fewer");
            if (row.LedBy?.Length > AgendaItem.LedByMaxLength) state.AddModelError($"{Prefix}Agenda[{i}].LedBy", $"Who leads agenda item {i + 1} must be {AgendaItem.LedByMaxLength} characters or fewer");
        }
        if (!Agenda.Any(r => !string.IsNullOrWhiteSpace(r.Text))) state.AddModelError(Prefix + "Agenda[0].Text", "Enter at least one agenda item");
        if (Agenda.Count(r => !string.IsNullOrWhiteSpace(r.Text)) > BoardDevelopmentSession.MaxLines * 2) state.AddModelError(Prefix + "Agenda[0].Text", "A session can have at most 24 agenda items");
    }

    private static void ValidateLines(ModelStateDictionary state, string field, string? text, string what)
    {
        var lines = Lines(text);
        if (lines.Count > BoardDevelopmentSession.MaxLines) state.AddModelError(Prefix + field, $"Enter at most {BoardDevelopmentSession.MaxLines} of them, one on each line");
        else if (lines.Any(l => l.Length > BoardDevelopmentSession.LineMaxLength)) state.AddModelError(Prefix + field, $"Each {what} must be {BoardDevelopmentSession.LineMaxLength} characters or fewer");
    }

    public SessionForm WithBlankRows()
    {
        Agenda = [.. Agenda.Where(r => !string.IsNullOrWhiteSpace(r.Text)), .. Enumerable.Range(0, BlankAgendaRows).Select(_ => new AgendaRow())];
        return this;
    }
}

public sealed class AgendaRow
{
    public string? Minutes { get; set; }
    public string? Text { get; set; }
    public string? LedBy { get; set; }
}

public sealed record SessionFormPage(int? SessionId, SessionForm Form, IReadOnlyList<SelectListItem> Members, string? ConflictBy, DateTime? ConflictAt);
