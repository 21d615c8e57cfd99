using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>The trust admin's single sign-on settings.</summary>
public sealed partial class SettingsForm : IValidatableObject
{
    [Required(ErrorMessage = "Select whether single sign-on is on")]
    public bool? IsEnabled { get; set; }

    [Required(ErrorMessage = "Enter the issuer address")]
    [StringLength(SingleSignOnConnection.AuthorityMaxLength, ErrorMessage = "Issuer address must be 500 characters or fewer")]
    [IssuerAddress]
    public string Authority { get; set; } = "";

    [Required(ErrorMessage = "Enter the client ID")]
    [StringLength(SingleSignOnConnection.ClientIdMaxLength, ErrorMessage = "Client ID must be 200 characters or fewer")]
    public string ClientId { get; set; } = "";

    /// <summary>How IncLead proves itself to the provider: "secret" or "certificate".</summary>
    public string Credential { get; set; } = SecretCredential;

    public const string SecretCredential = "secret";
    public const string CertificateCredential = "certificate";

    [StringLength(1000, ErrorMessage = "Client secret must be 1000 characters or fewer")]
    public string? ClientSecret { get; set; }

    [Required(ErrorMessage = "Enter at least one email domain")]
    [StringLength(2000, ErrorMessage = "Email domains must be 2000 characters or fewer")]
    public string EmailDomains { get; set; } = "";

    [Required(ErrorMessage = "Enter the claim that carries the email address")]
    [StringLength(SingleSignOnConnection.EmailClaimMaxLength, ErrorMessage = "Claim name must be 100 characters or fewer")]
    [RegularExpression("^[A-Za-z0-9_:./-]+$", ErrorMessage = "Enter a claim name like email or preferred_username")]
    public string EmailClaim { get; set; } = "email";

    public bool RequiredForDomainAccounts { get; set; }

    public List<OrganisationRoles> AutoJoinRoles { get; set; } = [];

    /// <summary>Shown, never filled: whether a secret is already stored.</summary>
    public bool HasStoredSecret { get; set; }

    /// <summary>Shown, never filled: the stored certificate's thumbprint and end date, for the app registration.</summary>
    [BindNever]
    public (string Thumbprint, DateTime ValidUntil)? Certificate { get; set; }

    public bool UsesCertificate => Credential == CertificateCredential;

    // Never bound: the binder would read it to fill it, and an empty field arrives as null.
    [BindNever]
    public IReadOnlyList<string> Domains => (EmailDomains ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
        .Select(SingleSignOnDomain.Normalise).Distinct().ToList();

    public OrganisationRoles JoinRoles => AutoJoinRoles.Aggregate(OrganisationRoles.None, (all, r) => all | r);

    /// <summary>Shared by many organisations or open to anyone: no one organisation can answer for them.</summary>
    public static readonly string[] SharedDomains = ["nhs.net", "nhs.uk", "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "live.co.uk", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "aol.com", "btinternet.com", "proton.me", "protonmail.com"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var domain in Domains)
        {
            if (!DomainPattern().IsMatch(domain))
            {
                yield return new ValidationResult($"\"{domain}\" is not an email domain. Enter domains like riverside.nhs.uk, one per line", [nameof(EmailDomains)]);
                yield break;
            }
            if (SharedDomains.Contains(domain))
            {
                yield return new ValidationResult($"{domain} is shared by many organisations, so it cannot be given to one provider", [nameof(EmailDomains)]);
                yield break;
            }
        }
        if (Credential is not (SecretCredential or CertificateCredential))
            yield return new ValidationResult("Select how IncLead proves itself to your provider", [nameof(Credential)]);
        if (Domains.Count > 20) yield return new ValidationResult("Enter 20 email domains or fewer", [nameof(EmailDomains)]);
        if (AutoJoinRoles.Any(r => r is not (OrganisationRoles.BoardMember or OrganisationRoles.EqualityLead)))
            yield return new ValidationResult("People can join automatically only as board members or equality leads", [nameof(AutoJoinRoles)]);
    }

    [GeneratedRegex(@"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")]
    private static partial Regex DomainPattern();

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "true"), new("No", "false")];

    public static IEnumerable<SelectListItem> CredentialChoices =>
    [
        new("A certificate that IncLead makes (recommended): you upload its public part to the app registration", CertificateCredential),
        new("A client secret that your IT team creates and you enter below", SecretCredential),
    ];

    public static IEnumerable<SelectListItem> JoinRoleChoices =>
    [
        new("Board member", nameof(OrganisationRoles.BoardMember)),
        new("Equality lead", nameof(OrganisationRoles.EqualityLead)),
    ];

    public static SettingsForm From(SingleSignOnConnection? c) => c is null ? new() : new()
    {
        IsEnabled = c.IsEnabled, Authority = c.Authority, ClientId = c.ClientId, EmailDomains = string.Join("\n", c.Domains.Select(d => d.Name).Order()),
        EmailClaim = c.EmailClaim, RequiredForDomainAccounts = c.RequiredForDomainAccounts, HasStoredSecret = c.ProtectedClientSecret.Length > 0,
        Credential = c.UsesCertificate ? CertificateCredential : SecretCredential,
        AutoJoinRoles = [.. new[] { OrganisationRoles.BoardMember, OrganisationRoles.EqualityLead }.Where(r => (c.AutoJoinRoles & r) == r)],
    };
}

/// <summary>
/// An attribute rather than part of <see cref="SettingsForm.Validate"/>, which MVC runs only once every field's own
/// checks pass: a wrong address is then named on the same save as an empty field.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IssuerAddressAttribute : ValidationAttribute
{
    public IssuerAddressAttribute() : base("Enter the issuer as a web address starting with https://, like https://login.microsoftonline.com/your-tenant-id/v2.0") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text)
        || (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query));
}
