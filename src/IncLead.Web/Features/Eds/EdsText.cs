using System.Globalization;
using IncLead.Web.Domain.Eds;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Eds;

/// <summary>Words and tag colours the EDS pages share, so an outcome's status or a score looks the same everywhere.</summary>
public static class EdsText
{
    public static string Status(OutcomeStatus status) => status switch
    {
        OutcomeStatus.NoEvidence => "No evidence",
        OutcomeStatus.EvidenceGathered => "Evidence gathered",
        OutcomeStatus.ProvisionalScoresIn => "Provisional scores in",
        _ => "Agreed",
    };

    public static string StatusTag(OutcomeStatus status) => status switch
    {
        OutcomeStatus.NoEvidence => "nhsuk-tag--grey",
        OutcomeStatus.EvidenceGathered => "nhsuk-tag--blue",
        OutcomeStatus.ProvisionalScoresIn => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--green",
    };

    /// <summary>The EDS grade colours (red, amber, green, purple) as NHS.UK tags; the grade's name is always written too.</summary>
    public static string ScoreTag(int? score) => score switch
    {
        0 => "nhsuk-tag--red",
        1 => "nhsuk-tag--orange",
        2 => "nhsuk-tag--green",
        3 => "nhsuk-tag--purple",
        _ => "nhsuk-tag--grey",
    };

    public static IEnumerable<SelectListItem> ScoreChoices(EdsFrameworkInfo framework) => framework.Grades.Select(g =>
        new SelectListItem($"{g.Name} ({g.Score})", g.Score.ToString(CultureInfo.InvariantCulture)) { Group = new SelectListGroup { Name = g.Description } });

    public static string Number(decimal? value) => value is { } v ? v.ToString(v == decimal.Truncate(v) ? "0" : "0.0", CultureInfo.InvariantCulture) : "";

    public static string Tags(string? protectedCharacteristics, string? healthInclusionGroups) => string.Join(", ",
        EqualityGroups.Labels(protectedCharacteristics, EqualityGroups.ProtectedCharacteristics)
            .Concat(EqualityGroups.Labels(healthInclusionGroups, EqualityGroups.HealthInclusionGroups)));

    public static IEnumerable<SelectListItem> Choices(IReadOnlyList<(string Key, string Label)> groups) => groups.Select(g => new SelectListItem(g.Label, g.Key));

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };
}
