namespace IncLead.Web.Data.Seed;

/// <summary>Made-up but plausible EDS evidence and rationales for the demo trust, by outcome code.</summary>
internal static class DemoEdsContent
{
    public static readonly string[] Services = ["Emergency department", "Maternity services", "Community mental health"];

    public const string Present = "EDS grading event: Riverside Healthwatch, Riverside Disability Forum, the staff race equality network, the LGBTQ+ staff network, the UNISON branch, and the Director of Nursing as board sponsor.";

    public static readonly IReadOnlyDictionary<string, (string Title, string Summary, string Owner, string[] Groups, string[] HealthGroups)[]> Evidence =
        new Dictionary<string, (string, string, string, string[], string[])[]>
        {
            ["1A"] = [("Interpreting and translation access audit", "Requests for interpreters by language and how many were met within the target time, by service.", "Patient experience team", ["race", "disability"], ["asylum-refugees-migrants"]),
                      ("Waiting times by ethnicity and deprivation", "Waiting times for first appointment, broken down by ethnic group and by deprivation quintile.", "Performance and information", ["race", "age"], ["deprivation-homelessness"])],
            ["1B"] = [("Reasonable adjustments flag audit", "How often the reasonable adjustments flag is recorded and acted on for people with a learning disability or autism.", "Learning disability liaison team", ["disability"], [])],
            ["1C"] = [("Incidents by protected characteristic", "Patient safety incidents analysed by age, sex, ethnicity and disability.", "Patient safety team", ["age", "sex", "race", "disability"], []),
                      ("Maternity outcomes by ethnicity", "Outcomes for Black and Asian women compared with all women, from the maternity dashboard.", "Maternity services", ["race", "pregnancy-maternity"], [])],
            ["1D"] = [("Friends and Family Test by group", "Friends and Family Test results by age, ethnicity and disability for the three services.", "Patient experience team", ["age", "race", "disability"], [])],
            ["2A"] = [("Staff health and wellbeing offer", "Take-up of the wellbeing offer for staff with long-term conditions, by staff group.", "Occupational health", ["disability", "age"], [])],
            ["2B"] = [("Staff survey: bullying and harassment", "NHS Staff Survey results on harassment, bullying and abuse, by ethnicity, disability and sexual orientation.", "People directorate", ["race", "disability", "sexual-orientation"], [])],
            ["2C"] = [("Freedom to Speak Up report", "Concerns raised with the Freedom to Speak Up guardian and access to independent support.", "Freedom to Speak Up guardian", ["race", "sex"], [])],
            ["2D"] = [("Staff survey: recommend as a place to work", "Staff who would recommend the trust as a place to work and to receive treatment, by group.", "People directorate", ["race", "disability", "age"], [])],
            ["3A"] = [("Board development session on inclusion", "Minutes and evaluation of the board development session on inclusive leadership.", "Company secretary", ["race", "disability", "sex"], [])],
            ["3B"] = [("Audit of board papers for equality impact", "A sample of board and committee papers checked for equality and health inequality impact assessments.", "Company secretary", [], ["deprivation-homelessness"])],
            ["3C"] = [("WRES and WDES action plans", "Board review of the Workforce Race and Disability Equality Standard action plans and progress.", "People directorate", ["race", "disability"], [])],
        };

    // For each outcome: the evidence the panel read, what it showed at its best, and the gap it showed. The rationale
    // for a score is built from these, so each outcome's reads as the panel's note on that outcome.
    private static readonly IReadOnlyDictionary<string, (string Read, string Good, string Gap)> Panel = new Dictionary<string, (string, string, string)>
    {
        ["1A"] = ("the interpreting audit and waiting times by ethnicity and deprivation", "interpreters were booked within the target time for nine requests in ten, in every language group",
            "people who need an interpreter for a rarer language wait longest, and patients from the most deprived areas wait about two weeks longer for a first appointment"),
        ["1B"] = ("the reasonable adjustments flag audit and case notes from the learning disability liaison team", "adjustments are recorded and acted on for almost every patient with a learning disability or autism",
            "the flag is recorded for fewer than half of patients in the emergency department, and adjustments are not always made when it is"),
        ["1C"] = ("incidents analysed by protected characteristic and the maternity dashboard", "harm rates are similar across groups and reviewed at the quality committee",
            "outcomes for Black and Asian women in maternity remain worse than for white women, and incidents are rarely analysed by disability"),
        ["1D"] = ("Friends and Family Test results by group and the patient panel's feedback", "positive experience is reported at similar rates across age, ethnicity and disability",
            "younger people and disabled people report worse experiences, and few responses come from people whose first language is not English"),
        ["2A"] = ("take-up of the staff wellbeing offer and occupational health referrals", "staff with long-term conditions use the offer at similar rates across staff groups",
            "night workers and estates staff rarely use the offer, and take-up is not recorded by ethnicity"),
        ["2B"] = ("the NHS Staff Survey on bullying, harassment and abuse and the employee relations cases", "reported harassment has fallen for every group and the gaps between groups have narrowed",
            "minority ethnic and disabled staff still report more harassment from colleagues than other staff"),
        ["2C"] = ("the Freedom to Speak Up guardian's report and the employee assistance programme's data", "staff from every group use independent support and say it helped",
            "minority ethnic staff raise concerns less often and are less confident that they will be acted on"),
        ["2D"] = ("Staff Survey results on recommending the trust as a place to work and to be treated", "staff from every group recommend the trust at similar rates",
            "disabled staff and staff in the estates and facilities teams are much less likely to recommend the trust"),
        ["3A"] = ("the board development session's minutes and evaluation and senior leaders' objectives", "board members and senior leaders show their commitment in objectives, visits and public statements",
            "fewer than half of senior leaders have an equality objective and it is rarely reviewed"),
        ["3B"] = ("a sample of 30 board and committee papers checked for equality and health inequality impacts", "every paper sampled identified impacts and how they would be managed",
            "fewer than half the papers sampled named an impact, and the minutes rarely show a risk being discussed"),
        ["3C"] = ("the board's review of the WRES and WDES action plans and the integrated performance report", "the board tracks progress on its levers each quarter and acts when measures fall",
            "the board sees the plans once a year, and patient measures are not yet in the performance report"),
    };

    public static string Rationale(string code, int score)
    {
        if (!Panel.TryGetValue(code, out var p)) return $"The panel agreed a score of {score} from the evidence presented.";
        return score switch
        {
            >= 3 => $"The panel read {p.Read}. They show that {p.Good}, sustained over two years, so the panel rated this outcome excelling.",
            2 => $"The panel read {p.Read}. In most services they show that {p.Good}. The panel held back from excelling because {p.Gap}. It asked for next year's evidence to show that gap closing.",
            1 => $"The panel read {p.Read}. They show that {p.Gap}. There is some good practice, but not yet across services or groups, so the panel rated this developing.",
            _ => $"The panel read {p.Read} and found too little to rate this higher: {p.Gap}, and there is no plan yet to close the gap.",
        };
    }

    public static readonly string[][] Objectives =
    [
        ["Reduce the gap in waiting times for interpreting services between the most and least requested languages by March 2026.",
         "Record reasonable adjustments for every patient with a learning disability or autism in all three assessed services."],
        ["Halve the gap in harassment from colleagues reported by minority ethnic staff by March 2027.",
         "Every board paper carries an equality and health inequality impact assessment by June 2026.",
         "Publish maternity outcomes by ethnicity quarterly, with actions agreed with the Maternity Voices Partnership."],
    ];
}
