using Microsoft.Extensions.Options;
using MimeKit;

namespace IncLead.Web.Infrastructure.Email;

/// <summary>Writes each message as an .eml file that any mail program opens.</summary>
public sealed class PickupDirectoryTransport(IOptions<EmailOptions> options, IWebHostEnvironment env, ILogger<PickupDirectoryTransport> logger) : IMailTransport
{
    /// <summary>The folder emails are written to, for pages that tell someone where to find theirs.</summary>
    public string Folder => Path.GetFullPath(options.Value.PickupDirectory, env.ContentRootPath);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temp, ct);
        File.Move(temp, Path.Combine(folder, name)); // a reader never sees half a file
        // Someone trying the app looks here for their invitation or reset link.
        logger.LogInformation("Email \"{Subject}\" written to {File} (open it in a mail program or text editor)", message.Subject, Path.Combine(folder, name));
    }
}
