using IncLead.Web.Data;
using IncLead.Web.Data.Seed;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Invitations;
using IncLead.Web.Frameworks;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Compression;
using IncLead.Web.Infrastructure.Email;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddData();
builder.AddIncLeadIdentity();
builder.AddEmail();
builder.AddRateLimits();
builder.AddProxySupport();
builder.AddResponseCompressionForPages();
builder.Services.AddScoped<AuditLog>();
builder.AddCycles();
builder.AddEds();
builder.AddActions();
builder.AddReporting();
builder.Services.AddScoped<InvitationSender>();
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database").AddCheck<MigrationsHealthCheck>("migrations");
builder.Services.AddRouting(o => o.LowercaseUrls = true);
builder.Services
    .AddControllersWithViews(o =>
    {
        o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        o.Filters.Add<TwoFactorEnrolmentFilter>();
        o.Filters.Add<IncLead.Web.Features.Errors.FormProblemFilter>();
        o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"\"{value}\" is not a valid value for {field}");
        o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"\"{value}\" is not a valid value");
    })
    .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureFolderViewLocations()));

var app = builder.Build();

app.UseProxySupport();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseSecureTransportCheck();
app.UseResponseCompression();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapStaticAssets().AllowAnonymous();
app.MapControllers().WithStaticAssets();

await app.MigrateAsync();
await app.ImportFrameworksAsync();
await app.CheckEdsRatingBandsAsync();
await app.SeedDemoDataAsync();
if (args is [BoardPackCommand.Name, ..])
{
    return await BoardPackCommand.RunAsync(app, args.ElementAtOrDefault(1) ?? "board-pack.pdf");
}
if (args is [PlatformAdminCommand.Name, ..])
{
    return await PlatformAdminCommand.RunAsync(app.Services, Console.Out, args.ElementAtOrDefault(1), args.ElementAtOrDefault(2));
}
await app.RunAsync();
return 0;
