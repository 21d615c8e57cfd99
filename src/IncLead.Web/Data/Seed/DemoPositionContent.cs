namespace IncLead.Web.Data.Seed;

/// <summary>
/// What the demo board looked at for each factor, what it saw when things were going well, and what it found missing,
/// so each agreed position's rationale speaks about its own subject. Keyed by factor code; a factor not listed falls
/// back to its stage.
/// </summary>
internal static class DemoPositionContent
{
    public sealed record Subject(string Evidence, string Seen, string Gap);

    public static readonly IReadOnlyDictionary<string, Subject> ByFactor = new Dictionary<string, Subject>(StringComparer.Ordinal)
    {
        ["S1.F1"] = new("the notes of the last two development sessions", "sessions now give time to values as well as performance",
            "values come up when a facilitator raises them, not yet when the board sets its own agenda"),
        ["S1.F2"] = new("the board visits log and the stories heard at board", "every member made at least four visits to services this year",
            "visits cluster in the acute hospital and few members have met community groups"),
        ["S1.F3"] = new("the board lead's role description and the last year's board minutes", "the named lead prepares each inclusion item with the equality lead",
            "other members still turn to the lead to answer inclusion questions"),
        ["S1.F4"] = new("the integrated performance report and the draft business case", "workforce race and disability measures are now reported each quarter",
            "patient measures by protected characteristic are not yet on the dashboard"),
        ["S1.F5"] = new("the Council of Governors' minutes", "governors and the board held a joint session on inclusion",
            "the joint approach has not been written down or agreed"),
        ["S1.F6"] = new("the strategy and the public board papers", "inclusion is named in the strategy's aims and board business is held in public",
            "the board has not yet met in community venues or reported back in ways local people use"),
        ["S1.F7"] = new("the chair's and chief executive's objectives and their public engagements", "both lead visibly, including at the staff networks' annual event",
            "assurance to commissioners rests on activity counts rather than on who the trust reaches"),
        ["S1.F8"] = new("the development session's evaluation forms", "members rated the session highly and agreed a shared statement of values",
            "not every member could yet explain the legal drivers or the business case"),
        ["S2.F1"] = new("the divisional business plans", "two divisions have turned the strategy into their own action framework",
            "the other divisions have copied the trust's objectives without making them their own"),
        ["S2.F2"] = new("the monitoring reports to the people and quality committees", "workforce data are analysed by group every quarter",
            "service outcomes are rarely broken down by community, so blind spots are found late"),
        ["S2.F3"] = new("the leadership programme's 360-degree feedback", "managers on the programme show stronger self-awareness and challenge",
            "fewer than a third of managers have been through it"),
        ["S2.F4"] = new("the partnership register", "partnerships with the council and two voluntary groups share data on health inequalities",
            "no partnership has been reviewed against the five tests for inclusion"),
        ["S2.F5"] = new("an audit of 40 appraisals", "the new appraisal form asks about inclusion",
            "only about half the appraisals audited completed that section, and few set a measurable target"),
        ["S3.F1"] = new("the annual report and the intranet", "the trust uses the ICS definition of inclusion in its strategy",
            "staff asked in the pulse survey could not say what the definition means for their work"),
        ["S3.F2"] = new("the culture programme's evaluation and the staff networks' feedback", "the programme uses staff stories and works with individuals",
            "it has reached two of five divisions"),
        ["S3.F3"] = new("the equality monitoring completeness report", "ethnicity is recorded for more than 90 per cent of staff and each division gets its own report",
            "sexual orientation, religion and disability are recorded for fewer than two thirds of staff"),
        ["S3.F4"] = new("the medical and nursing directors' reports on professional standards", "professional leads discuss inclusion in revalidation conversations",
            "tensions between professional groups are handled privately rather than openly"),
        ["S3.F5"] = new("the Freedom to Speak Up themes and the bullying and harassment cases", "concerns are now reviewed for patterns at the workforce committee",
            "staff networks report that everyday remarks still go unchallenged"),
        ["S4.F1"] = new("the patient experience report and the complaints analysis", "Friends and Family Test results are compared by age and ethnicity",
            "complaints are not yet analysed by protected characteristic and carers are not surveyed"),
        ["S4.F2"] = new("the involvement strategy and the shared decision-making audit", "patient involvement in care decisions is audited in two services",
            "public involvement in service design is occasional and depends on the service"),
        ["S4.F3"] = new("the interpreting audit and the training records", "interpreter bookings have doubled since the audit",
            "waits for rarer languages are long and few staff have had training in working with interpreters"),
        ["S4.F4"] = new("the training programme and the community consultation log", "cultural competence is in induction for every new starter",
            "there is no refresher training and consultation with communities is not systematic"),
        ["S5.F1"] = new("the community engagement plan and the notes of the locality forums", "engagement is funded, planned for two years and run with community partners",
            "the trust measures attendance rather than whether communities' trust is growing"),
        ["S5.F2"] = new("the engagement reports given to commissioners", "the trust can show who it engaged and what it heard",
            "it cannot yet show which decisions changed because of what people said"),
        ["S5.F3"] = new("the EDS engagement plan, workshop notes and feedback letters", "four EDS workshops reached disabled people, Deaf people and two faith communities",
            "groups asked for feedback after the workshops, and it came months later"),
    };

    private static readonly Subject[] ByStage =
    [
        new("the board's papers and minutes", "the board gives inclusion regular time", "it is not yet part of every strategic decision"),
        new("the divisions' plans and reports", "managers have plans for inclusion", "the plans are not yet monitored consistently"),
        new("the staff survey and the staff networks' feedback", "the trust knows more about its culture than it did", "the informal culture has changed less than policy"),
        new("patient experience and complaints data", "some services compare experience across groups", "most services do not yet"),
        new("the community engagement reports", "the trust engages regularly with community partners", "seldom-heard groups are still seldom heard"),
    ];

    public static Subject For(string factorCode, int stageNumber) =>
        ByFactor.GetValueOrDefault(factorCode) ?? ByStage[Math.Clamp(stageNumber, 1, ByStage.Length) - 1];
}
