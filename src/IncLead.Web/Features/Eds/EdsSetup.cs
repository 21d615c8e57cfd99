using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Eds.Evidence;
using IncLead.Web.Features.Eds.Panel;
using IncLead.Web.Features.Eds.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Eds;

/// <summary>The EDS grading workspace (issue 4): options, services, and the start-up check of the rating bands.</summary>
public static class EdsSetup
{
    public static WebApplicationBuilder AddEds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EdsOptions>().BindConfiguration(EdsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EdsOptions>, EdsOptionsValidator>();
        builder.Services.AddScoped<EdsWorkspaceQuery>();
        builder.Services.AddScoped<EvidenceUploads>();
        builder.Services.AddScoped<PanelInvitations>();
        builder.Services.AddScoped<PanelAccess>();
        builder.Services.AddScoped<EdsSummaryQuery>();
        builder.Services.AddScoped<SummaryPublisher>();
        builder.Services.AddMemoryCache(); // the public summary PDF, rendered once per publication
        return builder;
    }

    /// <summary>
    /// Runs after the frameworks are imported, because only then is the highest possible total known: the bands must
    /// reach it exactly (33 for the organisation, 3 × the outcomes for a domain), or a top score would get no rating.
    /// </summary>
    public static async Task CheckEdsRatingBandsAsync(this WebApplication app)
    {
        var bands = app.Services.GetRequiredService<IOptions<EdsOptions>>().Value.ToBands();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var frameworks = await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022)
            .Select(f => new { f.Title, f.Version, Domains = f.Domains.Select(d => new { d.Code, Outcomes = d.Outcomes.Count }).ToList() }).ToListAsync();
        var problems = new List<string>();
        foreach (var framework in frameworks)
        {
            var name = $"{framework.Title} version {framework.Version}";
            var maximum = framework.Domains.Sum(d => d.Outcomes) * EdsScale.Highest;
            if (RatingBands.Top(bands.Organisation) != maximum)
                problems.Add($"Eds:RatingBands:Organisation must reach {maximum}, the highest total {name} allows, but reaches {RatingBands.Top(bands.Organisation)}.");
            foreach (var domain in framework.Domains)
            {
                var list = bands.ForDomain(domain.Code);
                if (list is not null && RatingBands.Top(list) != domain.Outcomes * EdsScale.Highest)
                    problems.Add($"Eds:RatingBands:Domains:{domain.Code} must reach {domain.Outcomes * EdsScale.Highest}, the highest {domain.Code} total in {name}, but reaches {RatingBands.Top(list)}.");
            }
        }
        if (problems.Count > 0) throw new OptionsValidationException(EdsOptions.Section, typeof(EdsOptions), problems);
    }
}
