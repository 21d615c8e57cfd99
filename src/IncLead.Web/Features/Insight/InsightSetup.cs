namespace IncLead.Web.Features.Insight;

/// <summary>The services behind role groups, priorities, targets and benchmarking (issue 12), registered in one place.</summary>
public static class InsightSetup
{
    public static WebApplicationBuilder AddInsight(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RoleGroupQuery>();
        builder.Services.AddScoped<PriorityQuery>();
        builder.Services.AddScoped<TargetQuery>();
        builder.Services.AddScoped<Benchmark.BenchmarkSharing>();
        builder.Services.AddScoped<Benchmark.BenchmarkPositionQuery>();
        return builder;
    }
}
