using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Infrastructure.DateInput;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IncLead.Web.Features.Eds.Grading;

public sealed class AgreedScoreForm
{
    public const string Prefix = "Form.";
    private const string OffScale = "Choose a score from 0 (Undeveloped) to 3 (Excelling)";

    /// <summary>The single score, for an outcome not graded per service.</summary>
    public string? Score { get; set; }

    /// <summary>One score per service, in the order of <see cref="ServiceIds"/>.</summary>
    public List<string?> ServiceScores { get; set; } = [];

    /// <summary>The services the editor saw, so scores are never filed against a service that has since changed.</summary>
    public List<int> ServiceIds { get; set; } = [];

    [Required(ErrorMessage = "Enter the evidence summary and the reasons for the score")]
    [StringLength(EdsOutcomeGrade.RationaleMaxLength, ErrorMessage = "The evidence summary must be 4,000 characters or fewer")]
    public string? Rationale { get; set; }

    [Required(ErrorMessage = "Enter the date the score was agreed")]
    [DateInput("The date agreed")]
    public string? AgreedOn { get; set; }

    [Required(ErrorMessage = "Enter who was present when the score was agreed")]
    [StringLength(EdsOutcomeGrade.PresentMaxLength, ErrorMessage = "Who was present must be 1,000 characters or fewer")]
    public string? Present { get; set; }

    [StringLength(EdsOutcomeGrade.OwnerMaxLength, ErrorMessage = "The owner must be 200 characters or fewer")]
    public string? Owner { get; set; }

    /// <summary>The version the editor started from; empty for a first agreement.</summary>
    public Guid? Version { get; set; }

    public DateTime? AgreedOnDate => Dates.Parse(AgreedOn);

    public void Validate(ModelStateDictionary state, bool perService, IReadOnlyList<EdsService> services)
    {
        if (!perService)
        {
            if (string.IsNullOrWhiteSpace(Score)) state.AddModelError(Prefix + nameof(Score), "Choose the score that was agreed");
            else if (Parse(Score) is null) state.AddModelError(Prefix + nameof(Score), OffScale);
            return;
        }
        if (services.Count == 0)
        {
            state.AddModelError("", "Name the services assessed for this domain in the assessment details before agreeing scores.");
            return;
        }
        if (!ServiceIds.SequenceEqual(services.Select(s => s.Id)))
        {
            state.AddModelError("", "The services assessed have changed since you opened this page. Check the score for each service below and save again.");
            ServiceIds = [.. services.Select(s => s.Id)];
            ServiceScores = [.. services.Select(_ => (string?)null)];
        }
        for (var i = 0; i < services.Count; i++)
        {
            var value = i < ServiceScores.Count ? ServiceScores[i] : null;
            if (string.IsNullOrWhiteSpace(value)) state.AddModelError($"{Prefix}ServiceScores[{i}]", $"Choose the score agreed for {services[i].Name}");
            else if (Parse(value) is null) state.AddModelError($"{Prefix}ServiceScores[{i}]", $"{OffScale} for {services[i].Name}");
        }
    }

    public static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && EdsScale.IsOnScale(score) ? score : null;
}

public sealed record AgreedScorePage(EdsWorkspace Workspace, DomainView Domain, OutcomeView Outcome, AgreedScoreForm Form, AgreedView? Theirs,
    IReadOnlyList<(string Name, int Score)> Provisional);
