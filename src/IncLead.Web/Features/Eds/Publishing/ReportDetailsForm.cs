using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.DateInput;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// The header of the EDS report that the assessment does not already hold: integrated care system, level completed,
/// the dates completed, published and authorised, who authorised it, and the completed actions from the previous year.
/// Every field is optional: the report says "Not given" rather than inventing a value.
/// </summary>
public sealed class ReportDetailsForm
{
    [StringLength(EdsAssessment.NameMaxLength, ErrorMessage = "The integrated care system's name must be 200 characters or fewer")]
    public string? IntegratedCareSystem { get; set; }

    [RegularExpression("^(IndividualOrganisation|Partnership)$", ErrorMessage = "Choose the level completed")]
    public string? Level { get; set; }

    [DateInput("The date completed")]
    public string? CompletedOn { get; set; }

    [DateInput("The date published")]
    public string? PublishedOn { get; set; }

    [DateInput("The date authorised")]
    public string? AuthorisedOn { get; set; }

    [StringLength(EdsAssessment.NameMaxLength, ErrorMessage = "Who authorised the report must be 200 characters or fewer")]
    public string? AuthorisedBy { get; set; }

    [StringLength(EdsAssessment.PreviousYearMaxLength, ErrorMessage = "The completed actions from the previous year must be 4,000 characters or fewer")]
    public string? PreviousYearActions { get; set; }

    public EdsLevel? LevelValue => Enum.TryParse<EdsLevel>(Level, out var level) && Enum.IsDefined(level) ? level : null;

    public static IReadOnlyList<SelectListItem> Levels { get; } =
    [
        new(EdsReportText.LevelName(EdsLevel.IndividualOrganisation), nameof(EdsLevel.IndividualOrganisation)),
        new(EdsReportText.LevelName(EdsLevel.Partnership), nameof(EdsLevel.Partnership)),
    ];

    public static string? Day(DateTime? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime? Parse(string? text) => Dates.Parse(text);
}

public sealed record ReportDetailsPage(EdsWorkspace Workspace, ReportDetailsForm Form);
