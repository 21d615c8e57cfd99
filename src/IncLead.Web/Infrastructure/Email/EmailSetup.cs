using Microsoft.Extensions.Options;

namespace IncLead.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        // Links in emails must name the public address (behind a proxy the app cannot know it), so it is required
        // outside Development; in Development, links follow the address the app listens on.
        var publicAddressSet = !string.IsNullOrWhiteSpace(builder.Configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.PublicBaseUrl)}"]);
        var development = builder.Environment.IsDevelopment();
        var options = builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Transport != "Smtp" || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required when Email:Transport is Smtp.")
            .Validate(_ => publicAddressSet || development, "Email:PublicBaseUrl is required outside Development: the https address people reach the site at, used for links in emails.")
            .ValidateOnStart();
        if (!publicAddressSet && development && ListeningAddress(builder.Configuration["urls"]) is { } listening)
            options.PostConfigure(o => o.PublicBaseUrl = listening);
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

    /// <summary>The first address in ASPNETCORE_URLS (set by <c>dotnet run</c> from the launch profile), as a browser would reach it.</summary>
    public static string? ListeningAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null) return null;
        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
    }
}
