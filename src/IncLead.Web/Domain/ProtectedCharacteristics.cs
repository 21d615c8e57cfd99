namespace IncLead.Web.Domain;

/// <summary>The nine protected characteristics of the Equality Act 2010 (s.4), as flags so a record can speak to several.</summary>
[Flags]
public enum ProtectedCharacteristics
{
    None = 0,
    Age = 1,
    Disability = 2,
    GenderReassignment = 4,
    MarriageAndCivilPartnership = 8,
    PregnancyAndMaternity = 16,
    Race = 32,
    ReligionOrBelief = 64,
    Sex = 128,
    SexualOrientation = 256,
}

public static class ProtectedCharacteristicNames
{
    public static readonly IReadOnlyList<ProtectedCharacteristics> All =
    [
        ProtectedCharacteristics.Age, ProtectedCharacteristics.Disability, ProtectedCharacteristics.GenderReassignment,
        ProtectedCharacteristics.MarriageAndCivilPartnership, ProtectedCharacteristics.PregnancyAndMaternity, ProtectedCharacteristics.Race,
        ProtectedCharacteristics.ReligionOrBelief, ProtectedCharacteristics.Sex, ProtectedCharacteristics.SexualOrientation,
    ];

    public static string Label(this ProtectedCharacteristics one) => one switch
    {
        ProtectedCharacteristics.Age => "Age",
        ProtectedCharacteristics.Disability => "Disability",
        ProtectedCharacteristics.GenderReassignment => "Gender reassignment",
        ProtectedCharacteristics.MarriageAndCivilPartnership => "Marriage and civil partnership",
        ProtectedCharacteristics.PregnancyAndMaternity => "Pregnancy and maternity",
        ProtectedCharacteristics.Race => "Race",
        ProtectedCharacteristics.ReligionOrBelief => "Religion or belief",
        ProtectedCharacteristics.Sex => "Sex",
        ProtectedCharacteristics.SexualOrientation => "Sexual orientation",
        _ => one.ToString(),
    };

    public static IReadOnlyList<ProtectedCharacteristics> Split(this ProtectedCharacteristics set) => [.. All.Where(c => (set & c) == c)];

    public static string Describe(this ProtectedCharacteristics set) =>
        set == ProtectedCharacteristics.None ? "None" : string.Join(", ", set.Split().Select(c => c.Label()));
}
