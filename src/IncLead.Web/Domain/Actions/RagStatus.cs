namespace IncLead.Web.Domain.Actions;

/// <summary>
/// The red-amber-green rating of an action, always computed by <see cref="RagRule"/> and never typed in. Complete and
/// dropped are not colours: a closed action is not at risk, and a dropped one is reported apart so it cannot make the
/// plan look healthier than it is.
/// </summary>
public enum RagStatus
{
    Red = 0,
    Amber = 1,
    Green = 2,
    Complete = 3,
    Dropped = 4,
}
