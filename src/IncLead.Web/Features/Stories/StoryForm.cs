using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Stories;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Stories;

/// <summary>Adding or changing a story; choices arrive as text so a bad value gets a plain-English message.</summary>
public sealed class StoryForm
{
    [Required(ErrorMessage = "Enter a title for the story")]
    [StringLength(Story.TitleMaxLength, ErrorMessage = "The title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Tell the story")]
    [StringLength(Story.NarrativeMaxLength, ErrorMessage = "The story must be 8,000 characters or fewer")]
    public string? Narrative { get; set; }

    [Required(ErrorMessage = "Choose whose experience this is")]
    public string? Voice { get; set; }

    public bool Anonymised { get; set; }

    public bool ConsentGiven { get; set; }

    [StringLength(Story.ConsentNoteMaxLength, ErrorMessage = "The note about consent must be 1,000 characters or fewer")]
    public string? ConsentNote { get; set; }

    [Required(ErrorMessage = "Choose who can read the story")]
    public string? Visibility { get; set; }

    public string? StageNumber { get; set; }

    public List<string> Characteristics { get; set; } = [];

    public int? EdsOutcomeId { get; set; }

    public Guid? Version { get; set; }

    public StoryVoice? VoiceValue => Enum.TryParse<StoryVoice>(Voice, false, out var v) && Enum.IsDefined(v) ? v : null;
    public StoryVisibility? VisibilityValue => Enum.TryParse<StoryVisibility>(Visibility, false, out var v) && Enum.IsDefined(v) ? v : null;
    public int? StageValue => int.TryParse(StageNumber, out var n) && n is >= 1 and <= 5 ? n : null;

    public ProtectedCharacteristics CharacteristicsValue => Characteristics.Aggregate(ProtectedCharacteristics.None,
        (all, c) => Enum.TryParse<ProtectedCharacteristics>(c, false, out var one) && ProtectedCharacteristicNames.All.Contains(one) ? all | one : all);

    public const string Prefix = "Form.";

    public void Validate(ModelStateDictionary state, ISet<int> outcomeIds)
    {
        if (Voice is not null && VoiceValue is null) state.AddModelError(Prefix + nameof(Voice), "Choose patient, carer, staff member or community member");
        if (Visibility is not null && VisibilityValue is null) state.AddModelError(Prefix + nameof(Visibility), "Choose who can read the story");
        else if (VisibilityValue is { } v && Story.VisibilityProblem(v, ConsentGiven) is { } problem) state.AddModelError(Prefix + nameof(Visibility), problem);
        if (!string.IsNullOrEmpty(StageNumber) && StageValue is null) state.AddModelError(Prefix + nameof(StageNumber), "Choose a stage from 1 to 5");
        if (Characteristics.Any(c => !Enum.TryParse<ProtectedCharacteristics>(c, false, out var one) || !ProtectedCharacteristicNames.All.Contains(one)))
            state.AddModelError(Prefix + nameof(Characteristics), "Choose protected characteristics from the list");
        if (EdsOutcomeId is { } o && !outcomeIds.Contains(o)) state.AddModelError(Prefix + nameof(EdsOutcomeId), "Choose an EDS outcome from the list");
    }

    public static StoryForm From(Story s) => new()
    {
        Title = s.Title, Narrative = s.Narrative, Voice = s.Voice.ToString(), Anonymised = s.Anonymised, ConsentGiven = s.HasConsent, ConsentNote = s.ConsentNote,
        Visibility = s.Visibility.ToString(), StageNumber = s.StageNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Characteristics = [.. s.Characteristics.Split().Select(c => c.ToString())], EdsOutcomeId = s.EdsOutcomeId, Version = s.Version,
    };

    public static IReadOnlyList<SelectListItem> Voices => [.. Enum.GetValues<StoryVoice>().Select(v => new SelectListItem(v.Label(), v.ToString()))];

    public static IReadOnlyList<SelectListItem> Visibilities =>
        [.. Enum.GetValues<StoryVisibility>().Select(v => new SelectListItem(v.Label(), v.ToString()) { Group = new SelectListGroup { Name = v.Explain() } })];

    public static IReadOnlyList<SelectListItem> CharacteristicChoices =>
        [.. ProtectedCharacteristicNames.All.Select(c => new SelectListItem(c.Label(), c.ToString()))];
}

/// <summary>The story form page, with a version someone else saved meanwhile when there is a conflict.</summary>
public sealed record StoryFormPage(int? StoryId, StoryForm Form, IReadOnlyList<SelectListItem> Stages, IReadOnlyList<SelectListItem> Outcomes, StoryVersion? Theirs);

public sealed record StoryVersion(string Title, string Narrative, StoryVoice Voice, StoryVisibility Visibility, bool Anonymised, bool Consent, string By, DateTime At);
