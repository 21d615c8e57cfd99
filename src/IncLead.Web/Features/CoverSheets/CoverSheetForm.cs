using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.CoverSheets;

/// <summary>The board cover sheet as the equality lead fills it in. The date arrives as text so a mistyped one gets a plain message.</summary>
public sealed class CoverSheetForm
{
    [Required(ErrorMessage = "Enter the meeting the paper goes to, like Trust Board (meeting held in public)")]
    [StringLength(CoverSheet.ShortMaxLength, ErrorMessage = "The meeting must be 200 characters or fewer")]
    public string Meeting { get; set; } = "";

    public string? MeetingDate { get; set; }

    [StringLength(CoverSheet.AgendaItemMaxLength, ErrorMessage = "The agenda item must be 20 characters or fewer")]
    public string? AgendaItem { get; set; }

    [Required(ErrorMessage = "Enter the report title")]
    [StringLength(CoverSheet.ShortMaxLength, ErrorMessage = "The report title must be 200 characters or fewer")]
    public string ReportTitle { get; set; } = "";

    [Required(ErrorMessage = "Choose the purpose of the paper")]
    public PaperPurpose? Purpose { get; set; }

    [Required(ErrorMessage = "Enter the author's name and job title")]
    [StringLength(CoverSheet.ShortMaxLength, ErrorMessage = "The author must be 200 characters or fewer")]
    public string Author { get; set; } = "";

    [StringLength(CoverSheet.ShortMaxLength, ErrorMessage = "The executive sponsor must be 200 characters or fewer")]
    public string? ExecutiveSponsor { get; set; }

    [StringLength(CoverSheet.LongMaxLength, ErrorMessage = "Previously considered by must be 1,000 characters or fewer")]
    public string? PreviouslyConsideredBy { get; set; }

    [Required(ErrorMessage = "Enter the recommendation to the board")]
    [StringLength(CoverSheet.LongMaxLength, ErrorMessage = "The recommendation must be 1,000 characters or fewer")]
    public string Recommendation { get; set; } = "";

    [Required(ErrorMessage = "Choose the level of assurance")]
    public AssuranceLevel? Assurance { get; set; }

    [StringLength(CoverSheet.LongMaxLength, ErrorMessage = "Links to strategic objectives must be 1,000 characters or fewer")]
    public string? StrategicLinks { get; set; }

    [StringLength(CoverSheet.SummaryMaxLength, ErrorMessage = "Your summary must be 4,000 characters or fewer")]
    public string? Summary { get; set; }

    public int CycleId { get; set; }
    public string CycleName { get; set; } = "";
    public bool SignedOff { get; set; }

    public static IEnumerable<SelectListItem> Purposes => Enum.GetValues<PaperPurpose>().Select(p => new SelectListItem(p.Label(), p.ToString()));
    public static IEnumerable<SelectListItem> AssuranceLevels => Enum.GetValues<AssuranceLevel>().Select(a => new SelectListItem(a.Label(), a.ToString()));

    public static CoverSheetForm From(CoverSheetContent c) => new()
    {
        Meeting = c.Meeting, MeetingDate = c.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), AgendaItem = c.AgendaItem,
        ReportTitle = c.ReportTitle, Purpose = c.Purpose, Author = c.Author, ExecutiveSponsor = c.ExecutiveSponsor,
        PreviouslyConsideredBy = c.PreviouslyConsideredBy, Recommendation = c.Recommendation, Assurance = c.Assurance,
        StrategicLinks = c.StrategicLinks, Summary = c.Summary,
    };

    public CoverSheetContent ToContent() => new(Meeting.Trim(), Dates.Parse(MeetingDate), Clean(AgendaItem), ReportTitle.Trim(), Purpose!.Value, Author.Trim(),
        Clean(ExecutiveSponsor), Clean(PreviouslyConsideredBy), Recommendation.Trim(), Assurance!.Value, Clean(StrategicLinks), Clean(Summary));

    /// <summary>Checks attributes cannot make: a real date, and no control characters (they print as nothing, or break the PDF's text).</summary>
    public void Validate(ModelStateDictionary state)
    {
        if (!string.IsNullOrWhiteSpace(MeetingDate) && Dates.Parse(MeetingDate) is null)
            state.AddModelError(nameof(MeetingDate), "The meeting date must be a real date, like 2027-03-25");
        Check(state, nameof(Meeting), Meeting, "The meeting", multiline: false);
        Check(state, nameof(AgendaItem), AgendaItem, "The agenda item", multiline: false);
        Check(state, nameof(ReportTitle), ReportTitle, "The report title", multiline: false);
        Check(state, nameof(Author), Author, "The author", multiline: false);
        Check(state, nameof(ExecutiveSponsor), ExecutiveSponsor, "The executive sponsor", multiline: false);
        Check(state, nameof(PreviouslyConsideredBy), PreviouslyConsideredBy, "Previously considered by", multiline: true);
        Check(state, nameof(Recommendation), Recommendation, "The recommendation", multiline: true);
        Check(state, nameof(StrategicLinks), StrategicLinks, "Links to strategic objectives", multiline: true);
        Check(state, nameof(Summary), Summary, "Your summary", multiline: true);
    }

    private static void Check(ModelStateDictionary state, string field, string? value, string name, bool multiline)
    {
        if (value is null) return;
        if (value.Any(c => char.IsControl(c) && !(multiline && c is '\r' or '\n' or '\t')))
            state.AddModelError(field, $"{name} must not contain control characters" + (multiline ? "" : " or line breaks"));
    }

    private static string Clean(string? value) => value?.Trim() ?? "";
}
