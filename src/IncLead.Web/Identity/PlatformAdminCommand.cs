using System.Text;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Identity;

/// <summary>
/// <c>create-platform-admin email "Full Name"</c>: the documented first step of a new installation. It creates the
/// account without a password and prints a one-time link (valid 2 hours) where the person chooses one; at their first
/// sign-in they must set up two-factor. No account with a published password ever exists in production.
/// </summary>
public static class PlatformAdminCommand
{
    public const string Name = "create-platform-admin";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string? email, string? fullName)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(fullName))
        {
            await output.WriteLineAsync($"Usage: {Name} <email address> \"<full name>\"");
            return 2;
        }
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            user = new AppUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, FullName = fullName.Trim(), IsPlatformAdmin = true };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await output.WriteLineAsync("The account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
                return 1;
            }
        }
        else if (!user.IsPlatformAdmin)
        {
            await output.WriteLineAsync($"{email} already has an account that is not a platform admin; nothing changed.");
            return 1;
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var baseUrl = scope.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        await output.WriteLineAsync($"Platform admin {user.Email}: choose a password within 2 hours at this one-time link, then sign in and set up two-factor sign-in:");
        await output.WriteLineAsync($"{baseUrl}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}");
        return 0;
    }
}
