using System.Linq.Expressions;

namespace IncLead.Web.Domain.Stories;

/// <summary>The person reading stories: who they are and the roles they hold in the current organisation.</summary>
public sealed record StoryReader(string UserId, bool IsEqualityLead, bool IsBoardMember);

/// <summary>
/// Who may read which story, defined once. Every page, list, export and count that touches stories goes through
/// <see cref="VisibleTo"/>, so a story can never leak through a route that forgot to check.
/// Equality leads read everything; board members read board and publishable stories; anyone else in the organisation
/// (a trust admin with no other role) reads publishable ones only; the person who added a story can always read it.
/// </summary>
public static class StoryAccess
{
    public static Expression<Func<Story, bool>> Rule(StoryReader reader)
    {
        if (reader.IsEqualityLead) return s => true;
        var userId = reader.UserId;
        var lowest = reader.IsBoardMember ? StoryVisibility.Board : StoryVisibility.Publishable;
        return s => s.Visibility >= lowest || s.CreatedByUserId == userId;
    }

    public static IQueryable<Story> VisibleTo(this IQueryable<Story> stories, StoryReader reader) => stories.Where(Rule(reader));

    /// <summary>The same rule for a story already in memory.</summary>
    public static bool CanRead(this StoryReader reader, Story story) => Rule(reader).Compile()(story);

    /// <summary>Changing a story: equality leads, and board members for stories they added themselves.</summary>
    public static bool CanEdit(this StoryReader reader, Story story) => reader.IsEqualityLead || (reader.IsBoardMember && story.CreatedByUserId == reader.UserId);

    public static bool CanAdd(this StoryReader reader) => reader.IsEqualityLead || reader.IsBoardMember;
}
