using System.Globalization;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Actions;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Actions;

/// <summary>Raising actions through the real pages, for tests that need one of their own.</summary>
public static class ActionTestData
{
    public static string Day(this AppFactory app, int daysFromToday) =>
        app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Browser> SignedInAsync(this AppFactory app, string email, string? password = null)
    {
        var browser = Browser.For(app);
        if (password is null) await browser.SignInAsync(email);
        else await browser.SignInAsync(email, password);
        return browser;
    }

    public static async Task<Dictionary<string, string>> NewActionFieldsAsync(this AppFactory app, string title, string ownerEmail, int dueInDays = 60) => new()
    {
        ["Form.Title"] = title,
        ["Form.Description"] = "What will be done.",
        ["Form.OwnerUserId"] = await app.UserIdAsync(ownerEmail),
        ["Form.DueOn"] = app.Day(dueInDays),
        ["Form.Priority"] = "High",
    };

    /// <summary>Raises a free-standing action as the equality lead and returns its id.</summary>
    public static async Task<int> RaiseAsync(this AppFactory app, string title, string ownerEmail, int dueInDays = 60, IDictionary<string, string>? extra = null)
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = await app.NewActionFieldsAsync(title, ownerEmail, dueInDays);
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) fields[k] = v;
        var response = await lead.SubmitAsync("/actions/new", "/actions/new", fields);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Raising answered {(int)response.StatusCode}: {await response.BodyAsync()}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static Task<ActionItem> ActionAsync(this AppFactory app, int id) =>
        app.QueryAsync(db => db.Actions.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<int> DemoActionIdAsync(this AppFactory app, string titleStart) =>
        app.QueryAsync(db => db.Actions.IgnoreQueryFilters().Where(a => a.Title.StartsWith(titleStart)).Select(a => a.Id).SingleAsync());
}
