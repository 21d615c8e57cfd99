using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

/// <summary>Drives the EDS pages as the demo equality lead does, and reads what they stored.</summary>
public static class EdsDemo
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Browser> LeadAsync(this AppFactory app)
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        return lead;
    }

    /// <summary>A new cycle with EDS 2022 grading started on it, so a test has an assessment of its own.</summary>
    public static async Task<int> NewAssessmentAsync(this AppFactory app, Browser lead, string name, params string[] services)
    {
        var cycleId = await app.CreateOpenCycleAsync(name, Demo.FinanceDirector);
        var frameworkId = await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "eds2022").Select(f => f.Id).FirstAsync(Ct));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("FrameworkId", Id(frameworkId)), new("EdsLeadName", "Jordan Ellis"), new("BoardSponsorName", "Grace Mensah, Director of Nursing"),
        };
        var names = services.Length == 0 ? ["Emergency department"] : services;
        fields.AddRange(names.Select((s, i) => new KeyValuePair<string, string>($"Services[{i}]", s)));
        var started = await lead.SubmitAsync($"/cycles/{cycleId}/eds", $"/cycles/{cycleId}/eds/start", fields);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return cycleId;
    }

    public static Task<int> CycleIdAsync(this AppFactory app, string name) =>
        app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Name == name).Select(c => c.Id).SingleAsync(Ct));

    public static Task<int> OpenCycleIdAsync(this AppFactory app) =>
        app.OpenDemoCycleIdAsync();

    public static Task<int> OutcomeIdAsync(this AppFactory app, int cycleId, string code) => app.QueryAsync(async db =>
    {
        var frameworkId = await db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == cycleId).Select(a => a.FrameworkId).SingleAsync(Ct);
        return await db.EdsOutcomes.Where(o => o.Code == code && db.EdsDomains.Any(d => d.Id == o.DomainId && d.FrameworkId == frameworkId)).Select(o => o.Id).SingleAsync(Ct);
    });

    public static Task<int> AssessmentIdAsync(this AppFactory app, int cycleId) =>
        app.QueryAsync(db => db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == cycleId).Select(a => a.Id).SingleAsync(Ct));

    public static Task<int> EvidenceCountAsync(this AppFactory app, int cycleId) =>
        app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().CountAsync(i => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == i.AssessmentId && a.CycleId == cycleId), Ct));

    /// <summary>Posts the evidence form as a browser does: multipart, with the page's antiforgery token, and a file if given.</summary>
    public static async Task<HttpResponseMessage> PostEvidenceAsync(this Browser browser, string formPageUrl, string postUrl,
        IDictionary<string, string> fields, string? fileName = null, byte[]? file = null, string fileContentType = "application/octet-stream")
    {
        var page = await browser.GetPageAsync(formPageUrl);
        using var content = new MultipartFormDataContent { { new StringContent(Browser.Token(page)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        if (fileName is not null)
        {
            var part = new ByteArrayContent(file ?? []);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(fileContentType);
            content.Add(part, "Form.File", fileName);
        }
        return await browser.Client.PostAsync(postUrl, content, Ct);
    }

    public static Dictionary<string, string> EvidenceFields(string title, bool isPublic = true, string? link = null) => new()
    {
        ["Form.Title"] = title,
        ["Form.Summary"] = $"What {title} shows about how people fare.",
        ["Form.EvidenceDate"] = "2026-10-01",
        ["Form.Owner"] = "Patient experience team",
        ["Form.ProtectedCharacteristics"] = "race",
        ["Form.Public"] = isPublic ? "yes" : "no",
        ["Form.Link"] = link ?? "",
    };

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);
}
