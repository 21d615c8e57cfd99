using IncLead.Web.Features.Actions.Reminders;
using IncLead.Web.Features.BoardDevelopment;
using IncLead.Web.Features.Dashboard;
using IncLead.Web.Features.Stories;

namespace IncLead.Web.Features.Actions;

/// <summary>The services behind actions, stories, board development and the dashboard (issue 5), registered in one place.</summary>
public static class ActionsSetup
{
    public static WebApplicationBuilder AddActions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ActionReminderOptions>().BindConfiguration(ActionReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ActionPlanQuery>();
        builder.Services.AddScoped<ActionDetailsQuery>();
        builder.Services.AddScoped<ActionSourceResolver>();
        builder.Services.AddScoped<StatementHistoryQuery>();
        builder.Services.AddScoped<DashboardQuery>();
        builder.Services.AddScoped<StoryDetailsQuery>();
        builder.Services.AddScoped<SessionAgendaQuery>();
        builder.Services.AddSingleton<ActionReminders>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ActionReminders>());
        return builder;
    }
}
