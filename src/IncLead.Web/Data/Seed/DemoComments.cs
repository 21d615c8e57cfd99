namespace IncLead.Web.Data.Seed;

/// <summary>
/// What the demo board members write beside their ratings, by stage and by the kind of member writing: the chair
/// about how the board behaves, executive directors about what they are doing, non-executives asking for evidence.
/// Each cycle draws without replacement, so no comment appears twice in one cycle's results.
/// </summary>
internal sealed class DemoComments
{
    public enum Voice { Chair, Executive, NonExecutive }

    // Indexed by stage number - 1. Four or more per voice, so the busiest stage does not run out in one cycle.
    private static readonly IReadOnlyDictionary<Voice, string[]>[] Pool =
    [
        new Dictionary<Voice, string[]>
        {
            [Voice.Chair] =
            [
                "We are better at discussing inclusion in development sessions than in the public board itself. I want that to change.",
                "I have asked each committee chair to bring one inclusion question to the board each quarter.",
                "The conversation is more honest than it was, but a few of us still do most of the talking.",
                "Our governors have asked to be part of this; I think they are right.",
            ],
            [Voice.Executive] =
            [
                "The executive team now reviews the inclusion measures monthly before they come to board.",
                "I have set out in my objectives how I will lead on this, and the board can hold me to them.",
                "We have drafted the business case and will bring it to the January board.",
                "The integrated performance report now carries workforce race and disability measures; patient measures follow in the spring.",
                "Our strategy refresh will name reducing health inequalities as one of the five aims.",
            ],
            [Voice.NonExecutive] =
            [
                "I would want to see the minutes show a decision that changed because of this before rating it higher.",
                "Which of our performance indicators would tell us this had got worse? I could not name one.",
                "We say the right things at board. I have not yet seen the evidence that it changes what we fund.",
                "The development session was good, but one session is not a culture of debate.",
                "How do we know? I would like the audit committee to test one of these claims next year.",
            ],
        },
        new Dictionary<Voice, string[]>
        {
            [Voice.Chair] =
            [
                "Managers tell me they support this, but the business plans I have read do not show it.",
                "The board should ask divisions to report inclusion measures in the same way they report finance.",
                "I am encouraged by the alliances with the voluntary sector, but they rely on goodwill.",
                "We need to be able to see this from ward to board, not only in the annual report.",
            ],
            [Voice.Executive] =
            [
                "Every division will have an inclusion objective in its 2025 business plan; three of five have drafted theirs.",
                "Appraisal paperwork now asks about inclusion, but the completion rate for that section is only about half.",
                "We are building a divisional dashboard so managers can see their own data, due in the summer.",
                "Our partnership with the council's public health team now shares data on the groups we reach least.",
                "Line managers' training includes a session on inclusive appraisal from this autumn.",
            ],
            [Voice.NonExecutive] =
            [
                "I would like to see the appraisal audit, not just the new form.",
                "Monitoring exists, but I have not seen it broken down by division or by protected characteristic.",
                "How many managers have an inclusion objective they were actually assessed against?",
                "The partnerships look good on paper; what has changed for patients because of them?",
                "I rated this low because I could not find the evidence, not because I think nothing is happening.",
            ],
        },
        new Dictionary<Voice, string[]>
        {
            [Voice.Chair] =
            [
                "Culture is where policy meets practice, and we know least about it from the boardroom.",
                "The staff networks have told us plainly what the informal culture is like for them; we should listen.",
                "I would like us to hear from the Freedom to Speak Up guardian on patterns, not only numbers.",
                "We have a definition of inclusion; I am less sure every ward would recognise it.",
            ],
            [Voice.Executive] =
            [
                "Equality monitoring on the staff record is now above 90 per cent for ethnicity, but still low for sexual orientation.",
                "We are training the recruitment team on asking monitoring questions sensitively.",
                "Each division now receives its own staff survey results by protected characteristic.",
                "The civility and respect programme starts in the emergency department in March.",
                "We treat bullying concerns as a pattern at the workforce committee now, not only case by case.",
            ],
            [Voice.NonExecutive] =
            [
                "The staff survey says one thing and the networks say another. Which do we believe?",
                "I would rate this higher if staff could tell us how the monitoring data are used.",
                "We should look at who leaves in their first year, by group, before we say the culture is inclusive.",
                "I have heard patronising remarks in meetings go unchallenged, including at this board.",
                "What happened after the last set of concerns from the race equality network?",
            ],
        },
        new Dictionary<Voice, string[]>
        {
            [Voice.Chair] =
            [
                "The stories we heard this year about interpreters and access tell me we are not where we thought.",
                "Patient experience is compared across groups in some services and not others.",
                "I would like the quality committee to look at complaints by group at least twice a year.",
                "We were generous with ourselves on this last year.",
            ],
            [Voice.Executive] =
            [
                "Complaints data by protected characteristic will be in the quality report from Q3.",
                "Interpreter bookings have doubled, but waits for rarer languages are still too long.",
                "We are piloting feedback by text message and in person on two wards for people who do not fill in surveys.",
                "The service user forum in community mental health is a good model; the acute forums are weaker.",
                "Cultural competence training is in the induction programme; refresher training is not yet.",
            ],
            [Voice.NonExecutive] =
            [
                "The patient experience data are not broken down by ethnicity or disability, so how can we rate this?",
                "What does the advocacy service tell us that we do not already know? I have never seen its report.",
                "I rated this lower than last year because the complaints I read as a panel member tell a different story.",
                "Carers' views are missing from everything the quality committee sees.",
                "Forums exist in most services, but who attends them?",
            ],
        },
        new Dictionary<Voice, string[]>
        {
            [Voice.Chair] =
            [
                "We engage well with some communities and hardly at all with others.",
                "Our community partners would rate us lower than we rate ourselves; we should ask them.",
                "I was glad to see board members at the EDS workshops; we need more of us there.",
                "Engagement still feels like something we do to communities rather than with them.",
            ],
            [Voice.Executive] =
            [
                "The community engagement plan is funded for two years, with a post in each locality.",
                "We ran four EDS workshops this year, including one with BSL interpreters.",
                "We now give written feedback to groups after each engagement event.",
                "Working with the Polish Community Association has changed how we publicise screening.",
                "The ICS engagement group coordinates our work with the council's so communities are not asked twice.",
            ],
            [Voice.NonExecutive] =
            [
                "How do we know communities trust us more? We count attendance, not trust.",
                "I would like to see one decision that changed because of what a community told us.",
                "We consult a great deal; I am not sure we show what we did with the answers.",
                "Seldom-heard groups are still seldom heard, as far as I can tell from the reports.",
                "Engagement depends on a small team; what happens if they leave?",
            ],
        },
    ];

    private readonly Dictionary<(int Stage, Voice Voice), Queue<string>> remaining = [];

    /// <summary>A fresh draw for one cycle; <paramref name="year"/> turns each list so different years lead with different comments.</summary>
    public DemoComments(int year)
    {
        for (var stage = 0; stage < Pool.Length; stage++)
        {
            foreach (var (voice, texts) in Pool[stage])
                remaining[(stage + 1, voice)] = new Queue<string>(texts.Skip(year % texts.Length).Concat(texts.Take(year % texts.Length)));
        }
    }

    // The demo board in DemoData order: the chair, the chief executive and three executive directors, then non-executives.
    public static Voice VoiceOf(int respondentIndex) => respondentIndex switch { 0 => Voice.Chair, >= 1 and <= 4 => Voice.Executive, _ => Voice.NonExecutive };

    public static bool IsExecutive(int respondentIndex) => VoiceOf(respondentIndex) == Voice.Executive;

    /// <summary>What members wrote on the story's statement (DemoPositions.StoryStatement), by year and respondent.</summary>
    public static string? OnStory(int year, int respondentIndex) => (year, respondentIndex) switch
    {
        (0, 1) => "The quality committee hears a patient story every month, so the board does hear them, through its committee.",
        (0, 6) => "We heard two stories at development sessions and none in the public meeting. That is not hearing them regularly.",
        (1, 0) => "The maternity story in September changed the conversation about interpreters more than any report has.",
        (1, 7) => "Stories now open every public meeting. I would rate this higher when we can show what changed after each one.",
        (2, 5) => "The stories are now part of how the board works; the log of what changed after each one is a good discipline.",
        _ => null,
    };

    /// <summary>The next unused comment for this stage and voice, or null when that list is used up (never a repeat).</summary>
    public string? Next(int stageNumber, int respondentIndex) =>
        remaining.TryGetValue((stageNumber, VoiceOf(respondentIndex)), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
}
