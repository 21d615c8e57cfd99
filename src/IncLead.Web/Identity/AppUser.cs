using Microsoft.AspNetCore.Identity;

namespace IncLead.Web.Identity;

public sealed class AppUser : IdentityUser
{
    public const int FullNameMaxLength = 200;

    public string FullName { get; set; } = "";

    /// <summary>Operators of the service; not tied to any organisation.</summary>
    public bool IsPlatformAdmin { get; set; }

    /// <summary>The organisation the person last worked in; restored at the next sign-in.</summary>
    public int? CurrentOrganisationId { get; set; }

    /// <summary>Demo accounts are exempt from the two-factor requirement so a newcomer can look around.</summary>
    public bool IsDemoAccount { get; set; }
}
