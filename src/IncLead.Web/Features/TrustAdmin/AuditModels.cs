using System.ComponentModel.DataAnnotations;
using IncLead.Web.Infrastructure.DateInput;

namespace IncLead.Web.Features.TrustAdmin;

public sealed class AuditFilter : IValidatableObject
{
    [StringLength(64)]
    public string? Action { get; set; }

    [DateInput("The from date")]

    public DateOnly? From { get; set; }

    [DateInput("The to date")]

    public DateOnly? To { get; set; }

    [StringLength(100, ErrorMessage = "Search for 100 characters or fewer")]
    public string? Search { get; set; }

    [Range(1, 100_000, ErrorMessage = "Page must be a positive number")]
    public int Page { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to < from)
            yield return new ValidationResult("The 'to' date must be the same as or after the 'from' date", [nameof(To)]);
    }
}

public sealed record AuditRow(DateTime OccurredAt, string ActorName, string Action, string Summary, string? IpAddress);

public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditRow> Rows, int Total, IReadOnlyList<string> Actions);
