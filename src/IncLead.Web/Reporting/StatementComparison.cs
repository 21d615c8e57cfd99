using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;

namespace IncLead.Web.Reporting;

/// <summary>
/// One statement of the pack's cycle beside last cycle's result for the same thing, followed through the framework
/// mapping (<see cref="StatementLineage"/> via <see cref="ResultsReader.Earlier"/>): a statement split from an older one
/// is shown beside its parent's figure and says so, a new one has no earlier figure. <see cref="Change"/> is given only
/// like for like.
/// </summary>
public sealed record StatementComparison(string StageCode, string Code, string Text, double? Now, string? EarlierCode, double? Then, LineageKind Kind, string Note)
{
    public double? Change => Kind == LineageKind.Same && Now is { } now && Then is { } then ? now - then : null;
}

/// <summary>Every statement of the pack's cycle compared with the previous cycle, and the earlier statements no longer asked.</summary>
public sealed record PackComparison(string PreviousCycle, IReadOnlyList<StatementComparison> Statements, IReadOnlyList<string> Retired, string? Version)
{
    public static PackComparison? Build(CycleReading current, CycleReading? previous, ResultsReader reader)
    {
        if (previous is null) return null;
        var version = reader.VersionOf(current);
        var earlier = previous.Results.AllStatements.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var rows = current.Results.Stages.SelectMany(stage => stage.Factors.SelectMany(f => f.Statements).Select(s =>
        {
            var link = reader.Earlier(current, s.Code, previous);
            var then = link.Code is { } code && earlier.TryGetValue(code, out var was) ? was.Statistics.Mean : null;
            var note = link.Kind switch
            {
                LineageKind.Split => $"Split from {link.Code} in version {version}: the figure is {link.Code}'s",
                LineageKind.New => "New this year",
                _ when link.Code is { } c && c != s.Code => $"Was {c} in {previous.Results.CycleName}",
                _ => "",
            };
            return new StatementComparison(stage.Code, s.Code, s.Text, s.Statistics.Mean, link.Code, then, link.Kind, note);
        })).ToList();
        // Statements last cycle asked that this version does not: named, never compared.
        var retired = reader.Retired(previous, current).Where(earlier.ContainsKey).ToList();
        return new PackComparison(previous.Results.CycleName, rows, retired, version);
    }
}
