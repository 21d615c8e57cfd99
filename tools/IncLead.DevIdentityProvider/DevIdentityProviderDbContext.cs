using Microsoft.EntityFrameworkCore;

namespace IncLead.DevIdentityProvider;

/// <summary>OpenIddict's applications, authorisations and tokens, in an in-memory SQLite database: stored tokens are what let the server refuse a replayed code.</summary>
public sealed class DevIdentityProviderDbContext(DbContextOptions<DevIdentityProviderDbContext> options) : DbContext(options);
