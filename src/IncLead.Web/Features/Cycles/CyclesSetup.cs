using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using IncLead.Web.Frameworks;

namespace IncLead.Web.Features.Cycles;

/// <summary>The services behind frameworks, cycles, responding and results (issue 3), registered in one place.</summary>
public static class CyclesSetup
{
    public static WebApplicationBuilder AddCycles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FrameworkImporter>();
        builder.Services.AddSingleton<StatementLineage>();
        builder.Services.AddSingleton<Responding.StageContentCache>();
        builder.Services.AddMemoryCache(); // RespondentAccess.LoadForPageAsync
        builder.Services.AddScoped<ResultsCalculator>();
        builder.Services.AddScoped<ResultsReader>();
        builder.Services.AddSingleton<SnapshotCache>();
        builder.Services.AddScoped<CycleSignOff>();
        return builder;
    }
}
