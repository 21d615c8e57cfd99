using System.ComponentModel.DataAnnotations;

namespace IncLead.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>PickupDirectory</c> writes .eml files (the default, so a newcomer can open an invitation); <c>Smtp</c> sends through a mail server.</summary>
    [Required, AllowedValues("PickupDirectory", "Smtp")]
    public string Transport { get; set; } = "PickupDirectory";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@inclead.example";

    [Required]
    public string FromName { get; set; } = "IncLead";

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>The address people reach the site at, used for links in emails (e.g. https://inclead.example.nhs.uk).</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How often the outbox is checked for messages to send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Turns the background sender off (tests that drive the outbox by hand).</summary>
    public bool SenderEnabled { get; set; } = true;
}
