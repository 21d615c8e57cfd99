using MimeKit;

namespace IncLead.Web.Infrastructure.Email;

/// <summary>The one seam to the outside mail system.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
