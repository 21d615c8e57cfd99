namespace IncLead.Web.Domain.Scoring;

/// <summary>The groups a board's answers are compared by. The chair is a non-executive, so never a group of one.</summary>
public enum RoleGroup
{
    Executive = 0,
    NonExecutive = 1,
    Governor = 2,
    Other = 3,
}

public static class RoleGroups
{
    public static readonly IReadOnlyList<RoleGroup> All = [RoleGroup.Executive, RoleGroup.NonExecutive, RoleGroup.Governor, RoleGroup.Other];

    /// <summary>The group a board position belongs to; anyone without an executive, non-executive or governor seat is "other".</summary>
    public static RoleGroup For(BoardPosition? position) => position switch
    {
        BoardPosition.ChiefExecutive or BoardPosition.ExecutiveDirector => RoleGroup.Executive,
        BoardPosition.Chair or BoardPosition.NonExecutiveDirector => RoleGroup.NonExecutive,
        BoardPosition.Governor => RoleGroup.Governor,
        _ => RoleGroup.Other,
    };

    public static string Label(this RoleGroup group) => group switch
    {
        RoleGroup.Executive => "Executive directors",
        RoleGroup.NonExecutive => "Non-executive directors (including the chair)",
        RoleGroup.Governor => "Governors",
        _ => "Other members",
    };

    public static string ShortLabel(this RoleGroup group) => group switch
    {
        RoleGroup.Executive => "Executives",
        RoleGroup.NonExecutive => "Non-executives",
        RoleGroup.Governor => "Governors",
        _ => "Others",
    };
}

/// <summary>Why a group's figures for a statement are or are not on the page.</summary>
public enum GroupVisibility
{
    Shown = 0,

    /// <summary>Nobody in the group answered the statement at all.</summary>
    NoAnswers = 1,

    /// <summary>Fewer people in the group gave a rating than the threshold ("don't know" is not a rating).</summary>
    TooFewRatings = 2,

    /// <summary>
    /// Shown, this group would let anyone subtract it and the other shown groups from the whole board's figures and so
    /// work out the one small hidden group's answers; hiding it too leaves only a combined remainder of enough people.
    /// </summary>
    ProtectsSmallerGroup = 3,
}

/// <summary>One person's answer to one statement, known only by their group.</summary>
public sealed record GroupAnswer(RoleGroup Group, Rating? Rating, string? Comment);

/// <summary>One group's figures for one statement: all null unless <see cref="Visibility"/> is <see cref="GroupVisibility.Shown"/>.</summary>
public sealed record GroupFigure(RoleGroup Group, GroupVisibility Visibility, int? Ratings, double? Mean, double? Spread, IReadOnlyList<string> Comments)
{
    public bool Shown => Visibility == GroupVisibility.Shown;

    public static GroupFigure Hidden(RoleGroup group, GroupVisibility why) => new(group, why, null, null, null, []);
}

/// <summary>
/// Splits one statement's answers by group and withholds what could identify anyone. Pure, so tested with tables.
/// A group is shown only when at least <c>threshold</c> of its people gave a rating (never fewer than two, so nobody
/// is ever a group of one whatever the organisation sets); if exactly one group with answers is then hidden, the
/// smallest shown group is hidden too, so the hidden group cannot be worked out by subtraction from the board's
/// totals. Comments go with a group only when its figures are shown. See docs/decisions/0022.
/// </summary>
public static class GroupSuppression
{
    public static int EffectiveThreshold(int anonymityThreshold) => Math.Max(2, anonymityThreshold);

    public static IReadOnlyList<GroupFigure> Describe(IEnumerable<GroupAnswer> answers, int anonymityThreshold, IReadOnlyList<RoleGroup>? groups = null)
    {
        var threshold = EffectiveThreshold(anonymityThreshold);
        var byGroup = answers.ToLookup(a => a.Group);
        var figures = (groups ?? RoleGroups.All).Select(group =>
        {
            var given = byGroup[group].Where(a => a.Rating is not null || a.Comment is not null).ToList();
            var scores = given.Select(a => a.Rating?.Score()).OfType<int>().Order().ToArray();
            if (given.Count == 0) return GroupFigure.Hidden(group, GroupVisibility.NoAnswers);
            if (scores.Length < threshold) return GroupFigure.Hidden(group, GroupVisibility.TooFewRatings);
            var spread = Statistics.Quantile(scores, 0.75) - Statistics.Quantile(scores, 0.25);
            var comments = given.Select(a => a.Comment).OfType<string>().Order(StringComparer.Ordinal).ToList();
            return new GroupFigure(group, GroupVisibility.Shown, scores.Length, scores.Average(), spread, comments);
        }).ToList();

        var hiddenWithAnswers = figures.Count(f => f.Visibility == GroupVisibility.TooFewRatings);
        if (hiddenWithAnswers == 1)
        {
            var smallest = figures.Where(f => f.Shown).OrderBy(f => f.Ratings).ThenByDescending(f => f.Group).FirstOrDefault();
            if (smallest is not null) figures[figures.IndexOf(smallest)] = GroupFigure.Hidden(smallest.Group, GroupVisibility.ProtectsSmallerGroup);
        }
        return figures;
    }

    public static string Explain(this GroupVisibility visibility, int anonymityThreshold) => visibility switch
    {
        GroupVisibility.Shown => "",
        GroupVisibility.NoAnswers => "No answers",
        GroupVisibility.TooFewRatings => $"Hidden: fewer than {EffectiveThreshold(anonymityThreshold)} people in this group rated it",
        _ => "Hidden so that a smaller group's answers cannot be worked out",
    };
}
