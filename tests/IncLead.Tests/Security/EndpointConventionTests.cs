using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Security;

/// <summary>Sweeps every controller action, so a new one cannot ship without an authorization decision or antiforgery.</summary>
public sealed class EndpointConventionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private IReadOnlyList<RouteEndpoint> Actions() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>().Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null).ToList();

    [Fact]
    public void Every_action_requires_a_policy_or_is_explicitly_anonymous()
    {
        var undecided = Actions()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.DisplayName).ToList();
        Assert.True(Actions().Count > 20, "the sweep found too few actions to be meaningful");
        Assert.Empty(undecided);
    }

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_rejected()
    {
        const string email = "everything@riverside.example";
        await app.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "All Roles", IsPlatformAdmin = true, IsDemoAccount = true }, "Everything-allowed-2026"));
        await app.QueryAsync(async db =>
        {
            var org = db.Organisations.Single(o => o.OdsCode == Web.Data.Seed.DemoData.OdsCode);
            db.Memberships.Add(new Membership(org.Id, db.Users.Single(u => u.Email == email).Id,
                OrganisationRoles.BoardMember | OrganisationRoles.EqualityLead | OrganisationRoles.TrustAdmin, BoardPosition.None, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var browser = Browser.For(app);
        await browser.SignInAsync(email, "Everything-allowed-2026");

        var posts = Actions()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText ?? "", @"\{[^}]+\}", "1"))
            .Distinct().ToList();
        Assert.NotEmpty(posts);
        foreach (var path in posts)
        {
            var response = await browser.PostWithoutTokenAsync(path, new Dictionary<string, string>());
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token answered {(int)response.StatusCode}");
        }
    }
}
