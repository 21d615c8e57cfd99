using System.Text.RegularExpressions;

namespace IncLead.Web.Domain;

public sealed partial class Organisation
{
    public const int NameMaxLength = 200;
    public const int RegionMaxLength = 100;
    public const int OdsCodeMaxLength = 10;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationType Type { get; private set; }
    public string OdsCode { get; private set; } = "";
    public string Region { get; private set; } = "";
    public bool HasCouncilOfGovernors { get; private set; }

    /// <summary>Two-factor is required for trust admins and equality leads unless the organisation turns it off.</summary>
    public bool RequireTwoFactorForAdmins { get; private set; } = true;

    /// <summary>Figures based on fewer respondents than this are suppressed in results.</summary>
    public int AnonymityThreshold { get; private set; } = 3;

    /// <summary>An action can be marked done only with evidence of completion. On for new organisations.</summary>
    public bool RequireCompletionEvidence { get; private set; } = true;

    public DateTime CreatedAt { get; private set; }

    private Organisation() { }

    public Organisation(string name, OrganisationType type, string odsCode, string region, bool hasCouncilOfGovernors, DateTime createdAt)
    {
        CreatedAt = createdAt;
        UpdateProfile(name, type, odsCode, region, hasCouncilOfGovernors, requireTwoFactorForAdmins: true);
    }

    public void UpdateProfile(string name, OrganisationType type, string odsCode, string region, bool hasCouncilOfGovernors, bool requireTwoFactorForAdmins)
    {
        if (!IsValidOdsCode(odsCode)) throw new ArgumentException($"'{odsCode}' is not an ODS code.", nameof(odsCode));
        Name = name.Trim();
        Type = type;
        OdsCode = NormaliseOdsCode(odsCode);
        Region = region.Trim();
        HasCouncilOfGovernors = hasCouncilOfGovernors;
        RequireTwoFactorForAdmins = requireTwoFactorForAdmins;
    }

    public void SetActionPlanRules(bool requireCompletionEvidence) => RequireCompletionEvidence = requireCompletionEvidence;

    // ODS organisation codes are 3 to 5 upper-case letters and digits for trusts and boards (e.g. RX1, RJ1, QHL, 15N),
    // and up to 6 for other organisations (e.g. sites and practices such as A81001); no spaces or punctuation.
    [GeneratedRegex("^[A-Z0-9]{3,6}$")]
    private static partial Regex OdsCodePattern();

    public static string NormaliseOdsCode(string code) => code.Trim().ToUpperInvariant();

    public static bool IsValidOdsCode(string? code) =>
        code is not null && OdsCodePattern().IsMatch(NormaliseOdsCode(code)) && NormaliseOdsCode(code).Any(char.IsLetter);
}
