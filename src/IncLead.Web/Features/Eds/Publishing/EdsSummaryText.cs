namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>Sentences the published summary page and its PDF share, so the two explain the rating in the same words.</summary>
public static class EdsSummaryText
{
    public static IReadOnlyList<string> Method(EdsSummary summary)
    {
        // The grade names as the framework has them, flagged where their national wording is not confirmed.
        string Grade(int score, string fallback) => summary.Grades.FirstOrDefault(g => g.Score == score) is { } g
            ? g.Name + (g.WordingToBeConfirmed ? " (wording to be confirmed)" : "")
            : fallback;
        List<string> sentences =
        [
            $"Each outcome is scored from 0 ({Grade(0, "Undeveloped activity")}) to 3 ({Grade(3, "Excelling activity")}) and the scores are added up. Domain 1 is scored for each service " +
            $"assessed and the middle (median) of the service totals is used. The organisation total is out of {summary.OrganisationMaximum}.",
        ];
        if (!summary.DomainBandsConfirmed) sentences.Add("No published source gives rating bands for each domain, so domain ratings use the organisation's bands scaled to the size of each domain.");
        return sentences;
    }
}
