namespace IncLead.Web.Domain;

/// <summary>
/// An organisation's own identity provider (OpenID Connect): who proves its people's identity. Roles stay in IncLead.
/// The client secret, or the certificate whose private key signs IncLead's client assertions, is kept only in its Data
/// Protection form; <see cref="Version"/> changes at every save so each
/// instance rebuilds its cached handler options from the database.
/// </summary>
public sealed class SingleSignOnConnection
{
    public const int AuthorityMaxLength = 500;
    public const int ClientIdMaxLength = 200;
    public const int EmailClaimMaxLength = 100;
    public const int ProtectedCertificateMaxLength = 16000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Authority { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public string ProtectedClientSecret { get; private set; } = "";

    /// <summary>
    /// IncLead proves itself to the provider with a signed assertion (private_key_jwt) from this certificate rather than
    /// with the client secret: only the public certificate ever leaves IncLead, to be uploaded to the app registration.
    /// </summary>
    public bool UsesCertificate { get; private set; }

    /// <summary>The certificate and its private key (PKCS #12), protected by Data Protection; empty until one is made.</summary>
    public string ProtectedClientCertificate { get; private set; } = "";
    public string EmailClaim { get; private set; } = "email";
    public bool IsEnabled { get; private set; }

    /// <summary>Domain accounts must use the provider; a trust admin with two-factor keeps a password as break-glass.</summary>
    public bool RequiredForDomainAccounts { get; private set; }

    /// <summary>Roles given to anyone from the organisation's domains who signs in without an invitation; None means invitation only.</summary>
    public OrganisationRoles AutoJoinRoles { get; private set; }

    public Guid Version { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public List<SingleSignOnDomain> Domains { get; private set; } = [];

    private SingleSignOnConnection() { }

    public SingleSignOnConnection(int organisationId) => OrganisationId = organisationId;

    public void Configure(string authority, string clientId, string? protectedClientSecret, string emailClaim, IEnumerable<string> domains,
        bool isEnabled, bool requiredForDomainAccounts, OrganisationRoles autoJoinRoles, DateTime now)
    {
        if ((autoJoinRoles & OrganisationRoles.TrustAdmin) != 0) throw new ArgumentException("Trust admins are never added automatically.", nameof(autoJoinRoles));
        Authority = authority.Trim();
        ClientId = clientId.Trim();
        if (protectedClientSecret is not null) ProtectedClientSecret = protectedClientSecret;
        EmailClaim = emailClaim.Trim();
        IsEnabled = isEnabled;
        RequiredForDomainAccounts = requiredForDomainAccounts;
        AutoJoinRoles = autoJoinRoles;
        var wanted = domains.Select(SingleSignOnDomain.Normalise).Distinct().ToList();
        Domains.RemoveAll(d => !wanted.Contains(d.Name));
        foreach (var name in wanted.Where(n => Domains.All(d => d.Name != n))) Domains.Add(new SingleSignOnDomain(OrganisationId, name));
        Version = Guid.NewGuid();
        UpdatedAt = now;
    }

    /// <summary>Chooses how IncLead proves itself to the provider; a new certificate replaces any stored one.</summary>
    public void UseCredential(bool certificate, string? newProtectedCertificate)
    {
        if (certificate && newProtectedCertificate is null && ProtectedClientCertificate.Length == 0)
            throw new InvalidOperationException("A certificate must be made before it can be used.");
        UsesCertificate = certificate;
        if (newProtectedCertificate is not null) ProtectedClientCertificate = newProtectedCertificate;
        Version = Guid.NewGuid();
    }

    public bool AnswersFor(string email) =>
        SingleSignOnDomain.Of(email) is { } domain && Domains.Any(d => d.Name == domain);
}

/// <summary>An email domain an organisation's provider answers for. Unique across organisations, so one domain never leads to two.</summary>
public sealed class SingleSignOnDomain
{
    public const int NameMaxLength = 253;

    public int Id { get; private set; }
    public int ConnectionId { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; } = "";

    private SingleSignOnDomain() { }

    public SingleSignOnDomain(int organisationId, string name)
    {
        OrganisationId = organisationId;
        Name = Normalise(name);
    }

    public static string Normalise(string domain) => domain.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();

    public static string? Of(string? email) =>
        email?.Trim() is { } e && e.LastIndexOf('@') is var at and > 0 && at < e.Length - 1 ? Normalise(e[(at + 1)..]) : null;
}
