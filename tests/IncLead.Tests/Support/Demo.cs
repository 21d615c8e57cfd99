using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>Reads what the demo seed created, and drives the equality lead's pages to make new cycles for a test.</summary>
public static class Demo
{
    public const string Lead = IncLead.Web.Data.Seed.DemoData.EqualityLeadEmail;
    public const string Chair = "chair@riverside.example";
    public const string ChiefExecutive = "chief.executive@riverside.example";
    public const string FinanceDirector = "finance.director@riverside.example";
    public const string NedAudit = "ned.audit@riverside.example";

    /// <summary>The demo organisation's current cycle. Scoped by organisation because tests in the same class may open cycles elsewhere.</summary>
    public static Task<int> OpenDemoCycleIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
            .Where(c => c.State == CycleState.Open && c.Name == "2026/27" && db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode))
            .Select(c => c.Id).SingleAsync());

    public static async Task<string> UserIdAsync(this AppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>The statement ids of one stage of a cycle's framework, in page order.</summary>
    public static async Task<IReadOnlyList<int>> StatementIdsAsync(this AppFactory app, int cycleId, int stage) =>
        [.. (await OutlineAsync(app, cycleId, stage)).Select(r => r.StatementId)];

    /// <summary>The statement ids of one stage of a cycle's framework, a list per factor (the stage's pages), in page order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<int>>> FactorsAsync(this AppFactory app, int cycleId, int stage) =>
        [.. (await OutlineAsync(app, cycleId, stage)).GroupBy(r => r.FactorOrder).Select(g => (IReadOnlyList<int>)[.. g.Select(r => r.StatementId)])];

    private static Task<IReadOnlyList<IncLead.Web.Features.Cycles.OutlineRow>> OutlineAsync(AppFactory app, int cycleId, int stage) =>
        app.QueryAsync(async db =>
        {
            var frameworkId = await db.Cycles.IgnoreQueryFilters().Where(c => c.Id == cycleId).Select(c => c.FrameworkId).FirstAsync();
            return await IncLead.Web.Features.Cycles.FrameworkOutline.LoadAsync(db, [frameworkId], stage);
        });

    /// <summary>Creates and opens a cycle through the real pages as the equality lead; returns its id.</summary>
    public static async Task<int> CreateOpenCycleAsync(this AppFactory app, string name, params string[] respondentEmails)
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Lead);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Name", name), new("OpensOn", "2026-11-02"), new("ClosesOn", "2026-11-30"),
            new("FrameworkId", (await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "inclead").Select(f => f.Id).FirstAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        foreach (var email in respondentEmails) fields.Add(new("RespondentUserIds", await app.UserIdAsync(email)));
        var created = await lead.SubmitAsync("/cycles/new", "/cycles/new", fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var opened = await lead.SubmitAsync($"/cycles/{id}", $"/cycles/{id}/open", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, opened.StatusCode);
        return id;
    }
}

/// <summary>Arranging answers directly, for tests about what others can see rather than about answering.</summary>
public static class Answers
{
    public static async Task AddAsync(this AppFactory app, int cycleId, string email, IReadOnlyDictionary<int, IncLead.Web.Domain.Scoring.Rating?> ratings, string? comment = null)
    {
        var userId = await app.UserIdAsync(email);
        await app.QueryAsync(async db =>
        {
            var respondent = await db.Respondents.IgnoreQueryFilters().SingleAsync(r => r.CycleId == cycleId && r.UserId == userId);
            db.Answers.AddRange(ratings.Select(r => new Answer(respondent.OrganisationId, cycleId, respondent.Id, r.Key, r.Value, comment, DateTime.UtcNow)));
            return await db.SaveChangesAsync();
        });
    }
}
