namespace IncLead.Documents.Charts;

/// <summary>
/// Target marks shared by the charts that draw them (a radar's axes, a bar chart's categories): one optional target per
/// axis or category, named in the description and given a column in the data table, so no reader needs the picture.
/// </summary>
internal static class ChartTargets
{
    public const string Name = "Target";

    public static bool Any(IReadOnlyList<double?> targets) => targets.Any(t => t is not null);

    public static double? At(IReadOnlyList<double?> targets, int index) => index < targets.Count ? targets[index] : null;

    /// <summary>A target with one decimal place, as every score in the outputs is written ("2.0", not "2").</summary>
    public static string Level(double target) => target.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>" Targets: Stage 1 2.5, Stage 3 2.0." or nothing when there are none.</summary>
    public static string Describe(IReadOnlyList<string> labels, IReadOnlyList<double?> targets)
    {
        var marked = labels.Select((label, i) => (label, target: At(targets, i))).Where(x => x.target is not null).ToList();
        return marked.Count == 0 ? "" : $" Targets: {string.Join(", ", marked.Select(x => $"{x.label} {Level(x.target!.Value)}"))}.";
    }

    public static string Cell(IReadOnlyList<double?> targets, int index) => At(targets, index) is { } t ? Level(t) : "–";
}
