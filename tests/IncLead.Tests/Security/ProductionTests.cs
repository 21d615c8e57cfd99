using System.Net;
using IncLead.Tests.Support;

namespace IncLead.Tests.Security;

/// <summary>A production start as the operations guide describes, but reached over plain HTTP by mistake.</summary>
public sealed class PlainHttpProductionApp : AppFactory
{
    protected override string Environment => "Production";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:CookieSecurePolicy"] = "Always",
        ["Demo:ForceOutsideDevelopment"] = "true",
    };
}

/// <summary>Issue 15, item 5: Secure cookies over plain HTTP say what is wrong, on the page, in the log and in readiness.</summary>
public sealed class PlainHttpProductionTests(PlainHttpProductionApp app) : IClassFixture<PlainHttpProductionApp>
{
    [Fact]
    public async Task Pages_explain_the_problem_and_readiness_reports_unhealthy()
    {
        var browser = Browser.For(app);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/ready")).StatusCode);

        var signIn = await browser.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        var page = await signIn.BodyAsync();
        Assert.Contains("This service is not set up correctly", page);
        Assert.Contains("nhsuk-header", page);

        var post = await browser.PostWithoutTokenAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "a@b.example", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
        Assert.Contains("This service is not set up correctly", await post.BodyAsync());

        var ready = await browser.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Unhealthy", await ready.BodyAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).StatusCode);
    }
}

/// <summary>Issue 15, item 7: the demo accounts, with their published password, are never created in production by accident.</summary>
public sealed class DemoSeedGuardTests
{
    private sealed class ProductionWithDemoSeed : AppFactory
    {
        protected override string Environment => "Production";
    }

    [Fact]
    public async Task Production_refuses_to_start_with_the_demo_seed_unless_forced()
    {
        await using var app = new ProductionWithDemoSeed();
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("Demo:ForceOutsideDevelopment", messages);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
