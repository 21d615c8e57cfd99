namespace IncLead.Web.Reporting;

public static class ReportingSetup
{
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BoardPackLoader>();
        builder.Services.AddScoped<ReportDownloads>();
        return builder;
    }
}
