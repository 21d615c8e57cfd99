namespace IncLead.Web.Domain.Stories;

/// <summary>Who may read a story. Ordered from most to least private; see <see cref="StoryAccess"/> for the rule.</summary>
public enum StoryVisibility
{
    EqualityLeadOnly = 0,
    Board = 1,
    Publishable = 2,
}

/// <summary>Whose experience the story tells.</summary>
public enum StoryVoice
{
    Patient = 0,
    Carer = 1,
    StaffMember = 2,
    CommunityMember = 3,
}

public static class StoryLabels
{
    public static string Label(this StoryVisibility visibility) => visibility switch
    {
        StoryVisibility.EqualityLeadOnly => "Equality lead only",
        StoryVisibility.Board => "Board",
        StoryVisibility.Publishable => "Publishable",
        _ => visibility.ToString(),
    };

    public static string Explain(this StoryVisibility visibility) => visibility switch
    {
        StoryVisibility.EqualityLeadOnly => "Only equality leads (and the person who added it) can read it.",
        StoryVisibility.Board => "Board members and equality leads can read it. It stays inside the organisation.",
        StoryVisibility.Publishable => "Anyone in the organisation can read it, and it may be used in published reports.",
        _ => "",
    };

    public static string Label(this StoryVoice voice) => voice switch
    {
        StoryVoice.Patient => "Patient",
        StoryVoice.Carer => "Carer",
        StoryVoice.StaffMember => "Staff member",
        StoryVoice.CommunityMember => "Community member",
        _ => voice.ToString(),
    };
}
