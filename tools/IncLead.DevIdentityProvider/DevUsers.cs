using System.Collections.Concurrent;

namespace IncLead.DevIdentityProvider;

/// <summary>A person the development provider can sign in. Tests change these to play a leaver or an unverified email.</summary>
public sealed record DevUser(string Subject, string Email, string Password, string Name)
{
    public bool EmailVerified { get; set; } = true;
    public bool Disabled { get; set; }
}

/// <summary>The provider's directory, in memory: the "organisation's directory" an IT team would manage.</summary>
public sealed class DevUsers
{
    private readonly ConcurrentDictionary<string, DevUser> _bySubject = new();

    public DevUser Add(string email, string password, string name)
    {
        var user = new DevUser(Guid.NewGuid().ToString("N"), email, password, name);
        _bySubject[user.Subject] = user;
        return user;
    }

    public DevUser? FindBySubject(string? subject) => subject is not null && _bySubject.TryGetValue(subject, out var u) ? u : null;

    public DevUser? FindByEmail(string? email) =>
        _bySubject.Values.FirstOrDefault(u => string.Equals(u.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase));
}
