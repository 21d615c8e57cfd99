using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace IncLead.Web.Identity;

/// <summary>
/// Identity's authenticator codes, each accepted once. Identity accepts a code for about three minutes around its
/// 30 seconds (phones' clocks drift), so a code read over someone's shoulder, or replayed from a captured request,
/// would work again in that time. The last accepted code is kept with the account and refused if it comes back
/// while it could still be valid.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    private const string Store = "[IncLead]";
    private const string LastCode = "LastAuthenticatorCode";
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user)) return false;
        var now = clock.GetUtcNow();
        var last = (await manager.GetAuthenticationTokenAsync(user, Store, LastCode))?.Split('|', 2);
        if (last is [var code, var at] && code == token
            && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var usedAt) && now - usedAt < CodeLifetime)
            return false;
        await manager.SetAuthenticationTokenAsync(user, Store, LastCode, $"{token}|{now.ToString("O", CultureInfo.InvariantCulture)}");
        return true;
    }
}
