using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncLead.Web.Features.Eds.Evidence;

public sealed class EvidenceForm
{
    [Required(ErrorMessage = "Enter a title for the evidence")]
    [StringLength(EvidenceItem.TitleMaxLength, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter a summary of what the evidence shows")]
    [StringLength(EvidenceItem.SummaryMaxLength, ErrorMessage = "The summary must be 2,000 characters or fewer")]
    public string? Summary { get; set; }

    [StringLength(EvidenceItem.LinkMaxLength, ErrorMessage = "The link must be 2,000 characters or fewer")]
    public string? Link { get; set; }

    public IFormFile? File { get; set; }

    /// <summary>On edit: take the stored file away (a new upload replaces it anyway).</summary>
    public bool RemoveFile { get; set; }

    [Required(ErrorMessage = "Enter the date of the evidence")]
    [DateInput("The date of the evidence")]
    public string? EvidenceDate { get; set; }

    [Required(ErrorMessage = "Enter who owns the evidence")]
    [StringLength(EvidenceItem.OwnerMaxLength, ErrorMessage = "The owner must be 200 characters or fewer")]
    public string? Owner { get; set; }

    public List<string> ProtectedCharacteristics { get; set; } = [];
    public List<string> HealthInclusionGroups { get; set; } = [];

    [Required(ErrorMessage = "Say whether this evidence may be published")]
    [RegularExpression("^(yes|no)$", ErrorMessage = "Say whether this evidence may be published")]
    public string? Public { get; set; }

    public const string Prefix = "Form.";

    public DateTime? EvidenceDateValue => Dates.Parse(EvidenceDate);

    public bool IsPublic => Public == "yes";

    public void Validate(ModelStateDictionary state, bool hasStoredFile)
    {
        if (!string.IsNullOrWhiteSpace(Link) && !(Uri.TryCreate(Link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            state.AddModelError(Prefix + nameof(Link), "Enter a full web address starting with https://, like https://www.example.nhs.uk/report");
        if (!EqualityGroups.AllKnown(ProtectedCharacteristics, EqualityGroups.ProtectedCharacteristics))
            state.AddModelError(Prefix + nameof(ProtectedCharacteristics), "Choose protected characteristics from the list");
        if (!EqualityGroups.AllKnown(HealthInclusionGroups, EqualityGroups.HealthInclusionGroups))
            state.AddModelError(Prefix + nameof(HealthInclusionGroups), "Choose health inclusion groups from the list");
        var keepsFile = hasStoredFile && !RemoveFile;
        if (string.IsNullOrWhiteSpace(Link) && File is null && !keepsFile)
            state.AddModelError(Prefix + nameof(Link), "Enter a link to the evidence or choose a file to upload");
    }
}

public sealed record EvidencePage(EdsWorkspace Workspace, OutcomeView Outcome, EvidenceForm Form, int? EvidenceId, string? StoredFileName);
