using System.Text;
using Microsoft.AspNetCore.Identity;

namespace IncLead.Web.Identity;

/// <summary>
/// Rejects passwords that are on the shipped list of common passwords, or that are a listed word padded with digits,
/// symbols, repetition or simple letter-for-digit swaps ("Password1234!", "p@ssw0rdp@ssw0rd"). Length is checked by
/// Identity's own rule (12 characters); composition rules are not used, following NCSC password guidance.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null || !IsCommon(password, user)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "CommonPassword",
            Description = "Choose a password that is harder to guess: this one is on a list of common passwords or uses your name or email.",
        }));
    }

    public static bool IsCommon(string password, AppUser? user = null)
    {
        var list = Common.Value;
        var lower = password.ToLowerInvariant();
        if (list.Contains(lower)) return true;

        var core = Core(lower);
        if (core.Length < 4 || list.Contains(core)) return true;
        if (user is not null && MentionsUser(core, user)) return true;
        return false;
    }

    // Reduce a password to the word it is built on: undo common substitutions, drop digits and symbols, and collapse a
    // word typed more than once ("summersummer").
    private static string Core(string lower)
    {
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            var mapped = c switch { '@' or '4' => 'a', '3' => 'e', '1' or '!' => 'i', '0' => 'o', '$' or '5' => 's', '7' => 't', _ => c };
            if (char.IsLetter(mapped)) sb.Append(mapped);
        }
        var word = sb.ToString();
        for (var size = 1; size <= word.Length / 2; size++)
        {
            if (word.Length % size == 0 && string.Concat(Enumerable.Repeat(word[..size], word.Length / size)) == word) return word[..size];
        }
        return word;
    }

    private static bool MentionsUser(string core, AppUser user)
    {
        var local = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        var parts = user.FullName.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(local);
        return parts.Any(p => p.Length >= 4 && core == Core(p));
    }

    private static HashSet<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Identity", "common-passwords.txt");
        return File.ReadLines(path)
            .Select(l => l.Trim().ToLowerInvariant())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
