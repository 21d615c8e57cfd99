using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using IncLead.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Identity;

/// <summary>
/// Signing out ends that session even for a copy of its cookie (docs/decisions: session revocation on sign-out).
/// Each sign-in gets a random session id, kept in the cookie's properties (which survive refreshes and revalidation).
/// Signing out records the id as revoked in the database, where every instance finds it when it next revalidates the
/// session (at most a minute later), and in this instance's memory, which is checked on every request at the cost of
/// one dictionary lookup. "Sign out everywhere" changes the security stamp and is also remembered here, so this
/// instance checks the stamp of that person's older sessions at once rather than within the minute.
/// </summary>
public sealed class SessionRevocation(TimeProvider clock)
{
    public const string PropertyKey = "inclead.sid";

    /// <summary>Revoked ids stay in the user's token rows as long as a copied cookie could still be within its lifetime.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    // Not an external login: a name no login provider can have, so Identity's own token rows never clash.
    private const string TokenProvider = "[IncLead:RevokedSession]";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _everywhere = new(StringComparer.Ordinal);

    public static string? IdOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(PropertyKey, out var id) == true ? id : null;

    /// <summary>Gives a new sign-in its session id; a refresh of an existing session keeps the one it has.</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (IdOf(context.Properties) is null)
            context.Properties.Items[PropertyKey] = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        return Task.CompletedTask;
    }

    /// <summary>True when this instance already knows the session has ended; costs no query.</summary>
    public bool IsRevokedHere(AuthenticationProperties properties) =>
        IdOf(properties) is { } id && _revoked.ContainsKey(id);

    /// <summary>
    /// True when the person signed out everywhere after this cookie was issued, so its security stamp must be checked
    /// now. (Issue times are kept to the second, so a session begun in that second is checked too, and passes.)
    /// Only that person's sessions on this instance pay the query, and only until they are revalidated.
    /// </summary>
    public bool EndedEverywhereSince(ClaimsPrincipal principal, AuthenticationProperties properties) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
        && _everywhere.TryGetValue(userId, out var at) && properties.IssuedUtc is { } issued && issued <= at;

    /// <summary>Asked when the session is due for revalidation: has another instance ended it?</summary>
    public async Task<bool> IsRevokedAsync(AppDbContext db, ClaimsPrincipal principal, AuthenticationProperties properties)
    {
        if (IdOf(properties) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        var revoked = await db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == TokenProvider && t.Name == id);
        if (revoked) Remember(id);
        return revoked;
    }

    /// <summary>Records that a session ended; the caller saves.</summary>
    public async Task RevokeAsync(AppDbContext db, string userId, string? sessionId)
    {
        if (sessionId is null) return;
        var now = clock.GetUtcNow();
        Remember(sessionId);
        var cutoff = now - CookieLifetime;
        var old = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == TokenProvider).ToListAsync();
        db.UserTokens.RemoveRange(old.Where(t => !DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, out var at) || at < cutoff));
        if (old.All(t => t.Name != sessionId))
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = TokenProvider, Name = sessionId, Value = now.ToString("O", CultureInfo.InvariantCulture) });
    }

    /// <summary>After the security stamp changed: this instance stops accepting the person's older sessions now.</summary>
    public void EndedEverywhere(string userId)
    {
        _everywhere[userId] = clock.GetUtcNow();
        Prune(_everywhere);
    }

    private void Remember(string sessionId)
    {
        _revoked[sessionId] = clock.GetUtcNow();
        Prune(_revoked);
    }

    // Entries older than a cookie's lifetime can match nothing that is still accepted.
    private void Prune(ConcurrentDictionary<string, DateTimeOffset> entries)
    {
        if (entries.Count % 256 != 0) return;
        var cutoff = clock.GetUtcNow() - CookieLifetime;
        foreach (var (key, at) in entries)
        {
            if (at < cutoff) entries.TryRemove(key, out _);
        }
    }
}
