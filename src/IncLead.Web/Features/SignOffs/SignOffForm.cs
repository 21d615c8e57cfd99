using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure.DateInput;

namespace IncLead.Web.Features.SignOffs;

public sealed class SignOffForm
{
    [Required(ErrorMessage = "Enter the date of the board meeting")]
    [DateInput("The date of the board meeting")]
    public string? MeetingDate { get; set; }

    [Required(ErrorMessage = "Enter the minute reference")]
    [StringLength(SignOff.MinuteReferenceMaxLength, ErrorMessage = "The minute reference must be 100 characters or fewer")]
    public string? MinuteReference { get; set; }

    [StringLength(SignOff.ReasonMaxLength, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? CorrectionReason { get; set; }
}

public sealed record SignOffPage(Cycle Cycle, int? CurrentVersion, SignOffForm Form)
{
    public bool IsCorrection => CurrentVersion is not null;
}
