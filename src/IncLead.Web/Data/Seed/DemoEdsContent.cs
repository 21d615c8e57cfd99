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

    public static string Rationale(string code, int score) => score switch
    {
        >= 3 => $"The evidence for {code} shows people from all protected groups fare as well as people overall, and the panel saw improvement sustained over two years.",
        2 => $"The evidence for {code} shows people from most protected groups fare as well as people overall. The panel asked for better data on disability and sexual orientation.",
        1 => $"The evidence for {code} shows only some groups fare as well as people overall. The panel noted gaps for minority ethnic patients and staff, and limited data.",
        _ => $"There was little evidence for {code}, and what there was showed poorer experience for several groups.",
    };

    public static readonly string[][] Objectives =
    [
        ["Reduce the gap in waiting times for interpreting services between the most and least requested languages by March 2026.",
         "Record reasonable adjustments for every patient with a learning disability or autism in all three assessed services."],
        ["Halve the gap in harassment from colleagues reported by minority ethnic staff by March 2027.",
         "Every board paper carries an equality and health inequality impact assessment by June 2026.",
         "Publish maternity outcomes by ethnicity quarterly, with actions agreed with the Maternity Voices Partnership."],
    ];
}
