namespace IncLead.Web.Domain.Frameworks;

/// <summary>
/// Which statements an organisation is asked (decision 0027). A statement's <c>appliesTo</c> organisation types are
/// stored as a bit set (no bits: every organisation); an organisation counts as its own type, and also as a foundation
/// trust when it says it has a Council of Governors, because the statements limited to foundation trusts are the
/// ones about governors. A number rather than a list so queries can test it in SQL with one AND.
/// </summary>
public static class Applicability
{
    public const int Everyone = 0;

    public static int Bit(OrganisationType type) => 1 << (int)type;

    public static int Of(IEnumerable<OrganisationType> types) => types.Aggregate(Everyone, (bits, type) => bits | Bit(type));

    /// <summary>The kinds of organisation this one counts as when choosing statements.</summary>
    public static int Kinds(OrganisationType type, bool hasCouncilOfGovernors) =>
        Bit(type) | (hasCouncilOfGovernors ? Bit(OrganisationType.NhsFoundationTrust) : 0);

    public static bool Applies(int appliesTo, int kinds) => appliesTo == Everyone || (appliesTo & kinds) != 0;

    /// <summary>The organisation types a stored bit set names, for pages that say who a statement is for.</summary>
    public static IReadOnlyList<OrganisationType> Types(int appliesTo) =>
        [.. Enum.GetValues<OrganisationType>().Where(t => (appliesTo & Bit(t)) != 0)];
}
