using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    NeedsSecondFactor,
    /// <summary>Unknown address, wrong password or locked account: the same answer for each, so none can be told apart.</summary>
    Refused,
    NoAccess,
    /// <summary>This client failed too often; nothing was checked.</summary>
    TooManyAttempts,
}

/// <summary>
/// Password sign-in that answers alike, in content and in time, for an unknown address, a wrong password and a locked
/// account: each checks a password hash (a dummy one for an unknown address), and a locked account is never named as
/// such to the person signing in. Its owner is emailed instead, with a link that lifts that lock.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, AuditLog audit,
    Outbox outbox, IOptions<EmailOptions> email, SignInThrottle throttle, DummyPasswordHash dummy)
{
    public async Task<(SignInOutcome Outcome, AppUser? User)> SignInAsync(string emailAddress, string password, string client)
    {
        var address = emailAddress.Trim();
        if (throttle.IsBlocked(client, address)) return (SignInOutcome.TooManyAttempts, null);
        // One commit for every outcome: a wrong password writes the failed count and the audit entry, an unknown address
        // only the audit entry, and two commits against one would show in the timing on a busy disk.
        return await db.InTransactionAsync(_ => CheckAsync(address, password, client));
    }

    private async Task<(SignInOutcome Outcome, AppUser? User)> CheckAsync(string address, string password, string client)
    {
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            dummy.Verify(users.PasswordHasher, password);
            return await RefuseAsync(null, address, client, AuditActions.SignInFailed, "Wrong email address or password");
        }
        if (await users.IsLockedOutAsync(user))
        {
            // Checked only so the answer takes as long as any other refusal; even the right password waits out the lock.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? dummy.HashBy(users.PasswordHasher), password);
            return await RefuseAsync(user, address, client, AuditActions.SignInLockedOut, "Sign-in refused: account locked after repeated failures");
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await TellOwnerAboutLockAsync(user);
            return await RefuseAsync(user, address, client, AuditActions.SignInLockedOut, "Account locked after repeated failures; the owner was emailed a link to unlock it");
        }
        if (result.RequiresTwoFactor) return (SignInOutcome.NeedsSecondFactor, user);
        if (!result.Succeeded) return await RefuseAsync(user, address, client, AuditActions.SignInFailed, "Wrong email address or password");

        if (!user.IsPlatformAdmin && !await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.IsActive))
        {
            await signIn.SignOutAsync();
            await AuditAsync(user, address, AuditActions.SignInFailed, "Signed in with a correct password but has no active membership");
            return (SignInOutcome.NoAccess, user);
        }
        await AuditAsync(user, address, AuditActions.SignInSucceeded, "Signed in with password");
        return (SignInOutcome.SignedIn, user);
    }

    public async Task AuditAsync(AppUser? user, string emailAddress, string action, string summary)
    {
        var organisationId = user?.CurrentOrganisationId;
        if (user is not null && organisationId is null)
        {
            organisationId = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id && m.IsActive)
                .OrderBy(m => m.Id).Select(m => (int?)m.OrganisationId).FirstOrDefaultAsync();
        }
        audit.RecordFor(user, emailAddress.Length > 256 ? emailAddress[..256] : emailAddress, organisationId, action, summary);
        await db.SaveChangesAsync();
    }

    private async Task<(SignInOutcome, AppUser?)> RefuseAsync(AppUser? user, string address, string client, string action, string summary)
    {
        throttle.RecordFailure(client, address);
        await AuditAsync(user, address, action, summary);
        return (SignInOutcome.Refused, user);
    }

    /// <summary>The unlock link names this lock, so it cannot lift a later one.</summary>
    public static string UnlockPurpose(DateTimeOffset? lockoutEnd) => $"unlock-account:{lockoutEnd?.UtcTicks}";

    private async Task TellOwnerAboutLockAsync(AppUser user)
    {
        var purpose = UnlockPurpose(await users.GetLockoutEndDateAsync(user));
        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, purpose)));
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/account/unlock?email={Uri.EscapeDataString(user.Email!)}&token={token}";
        outbox.Enqueue(user.CurrentOrganisationId, user.Email!, user.FullName, "Your IncLead account has been locked",
            $"Hello {user.FullName},\n\nSomeone has entered the wrong password for your IncLead account several times, so we have locked it for 15 minutes.\n\n" +
            $"If it was you, you can unlock it now with this link (it works for 2 hours, for this lock only):\n\n{link}\n\n" +
            "If it was not you, your password has not been shared: the person trying did not get in. You can still unlock your account with the link and sign in as usual. " +
            "If this keeps happening, tell your organisation's trust admin.\n");
    }
}

/// <summary>A hash of a random password, checked for unknown addresses so that they take as long as known ones.</summary>
public sealed class DummyPasswordHash
{
    private string? _hash;

    /// <summary>Made by the app's own hasher, so checking it costs what checking a real one does.</summary>
    public string HashBy(IPasswordHasher<AppUser> hasher) =>
        _hash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    public void Verify(IPasswordHasher<AppUser> hasher, string password) => hasher.VerifyHashedPassword(new AppUser(), HashBy(hasher), password);
}
