using Microsoft.Extensions.Options;

namespace IncLead.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Transport != "Smtp" || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required when Email:Transport is Smtp.")
            .ValidateOnStart();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddSingleton<PickupDirectoryTransport>();
        builder.Services.AddSingleton<SmtpTransport>();
        builder.Services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport == "Smtp"
            ? sp.GetRequiredService<SmtpTransport>()
            : sp.GetRequiredService<PickupDirectoryTransport>());
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }
}
