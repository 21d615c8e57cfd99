using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain.Cycles;

namespace IncLead.Web.Features.AgreedPositions;

public sealed class PositionForm
{
    [Required(ErrorMessage = "Choose the rating the board agreed")]
    [RegularExpression("^[0-3]$", ErrorMessage = "Choose Undeveloped, Developing, Achieving or Excelling")]
    public string? Rating { get; set; }

    [Required(ErrorMessage = "Enter the board's rationale")]
    [StringLength(AgreedPosition.RationaleMaxLength, ErrorMessage = "The rationale must be 2,000 characters or fewer")]
    public string? Rationale { get; set; }

    [StringLength(AgreedPosition.DissentMaxLength, ErrorMessage = "The dissent must be 2,000 characters or fewer")]
    public string? Dissent { get; set; }

    /// <summary>The version the editor started from; empty when they started a new position.</summary>
    public Guid? Version { get; set; }
}

/// <summary>The edit page: the statement, its results, last cycle's position, the form, and a conflicting version if there is one.</summary>
public sealed record PositionPage(int CycleId, string CycleName, int StatementId, string Code, string Text, string SuggestedAction, Results.StatementResult? Result,
    string? LastYear, PositionForm Form, PositionVersion? Theirs, bool SignedOff, int AnonymityThreshold);

public sealed record PositionVersion(string Rating, string Rationale, string? Dissent, string By, DateTime At);
