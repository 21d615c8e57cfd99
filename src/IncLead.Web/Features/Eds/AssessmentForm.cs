using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Eds;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Eds;

/// <summary>Starting an assessment (framework version, EDS lead, board sponsor, services) or changing its details.</summary>
public sealed class AssessmentForm
{
    public const int MaxServiceFields = 3;

    public int? FrameworkId { get; set; }

    [Required(ErrorMessage = "Enter the name of the EDS lead")]
    [StringLength(EdsAssessment.NameMaxLength, ErrorMessage = "The EDS lead's name must be 200 characters or fewer")]
    public string? EdsLeadName { get; set; }

    [Required(ErrorMessage = "Enter the name of the board sponsor")]
    [StringLength(EdsAssessment.NameMaxLength, ErrorMessage = "The board sponsor's name must be 200 characters or fewer")]
    public string? BoardSponsorName { get; set; }

    /// <summary>Domain 1 services, by number; a blank field means no service with that number.</summary>
    public List<string?> Services { get; set; } = [];

    public IReadOnlyList<SelectListItem> Frameworks { get; set; } = [];
    public string CycleName { get; set; } = "";
    public int CycleId { get; set; }

    public void Validate(ModelStateDictionary state, bool perService, int maxServices, bool starting, IReadOnlySet<int> frameworkIds)
    {
        if (starting && (FrameworkId is null || !frameworkIds.Contains(FrameworkId.Value)))
            state.AddModelError(nameof(FrameworkId), "Choose the EDS framework version to grade against");
        while (Services.Count < MaxServiceFields) Services.Add(null);
        for (var i = 0; i < Services.Count; i++)
        {
            var name = Services[i]?.Trim();
            if (name is { Length: > EdsService.NameMaxLength }) state.AddModelError($"Services[{i}]", $"Service {i + 1}'s name must be 200 characters or fewer");
            if (i >= maxServices && !string.IsNullOrEmpty(name)) state.AddModelError($"Services[{i}]", $"This framework grades at most {maxServices} services");
        }
        if (perService && Services.All(string.IsNullOrWhiteSpace))
            state.AddModelError("Services[0]", "Enter at least one service assessed for Domain 1");
    }

    public IEnumerable<(int Number, string Name)> NamedServices() =>
        Services.Select((name, i) => (Number: i + 1, Name: name?.Trim() ?? "")).Where(s => s.Name.Length > 0);
}
