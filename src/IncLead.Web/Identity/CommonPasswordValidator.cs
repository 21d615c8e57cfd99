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

        var cores = Cores(lower).ToList();
        if (cores.Any(c => c.Length < 4 || list.Contains(c))) return true;
        return user is not null && MentionsUser(cores, user);
    }

    // The words a password may be built on: its letters alone ("Password1234!" -> "password"), and its letters after
    // undoing letter-for-digit swaps ("P@ssw0rd" -> "password"); a word typed twice counts once ("summersummer").
    private static IEnumerable<string> Cores(string lower)
    {
        yield return Collapse(new string(lower.Where(char.IsLetter).ToArray()));
        var swapped = lower.Select(c => c switch { '@' or '4' => 'a', '3' => 'e', '1' or '!' => 'i', '0' => 'o', '$' or '5' => 's', '7' => 't', _ => c });
        yield return Collapse(new string(swapped.Where(char.IsLetter).ToArray()));
    }

    private static string Collapse(string word)
    {
        for (var size = 1; size <= word.Length / 2; size++)
        {
            if (word.Length % size == 0 && string.Concat(Enumerable.Repeat(word[..size], word.Length / size)) == word) return word[..size];
        }
        return word;
    }

    private static bool MentionsUser(List<string> cores, AppUser user)
    {
        var local = (user.Email ?? "").Split('@')[0].ToLowerInvariant();
        var parts = user.FullName.ToLowerInvariant().Split([' ', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Concat(local.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        return parts.Any(p => p.Length >= 4 && cores.Contains(p));
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
