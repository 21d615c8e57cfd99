using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IncLead.DevIdentityProvider.Endpoints;

/// <summary>
/// The authorisation endpoint: OpenIddict has already checked the client, redirect address and PKCE challenge; this
/// shows a sign-in form and, when the password is right and the account enabled, issues the code.
/// </summary>
public static class AuthorizeEndpoint
{
    public static void MapAuthorizeEndpoint(this WebApplication app)
    {
        app.MapGet("/connect/authorize", (HttpContext http) => Form(http.Request.Query.Select(p => (p.Key, p.Value.ToString())), null, 200));
        app.MapPost("/connect/authorize", SignInAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, DevUsers users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var form = await http.Request.ReadFormAsync();
        var parameters = form.Where(p => p.Key is not ("username" or "password")).Select(p => (p.Key, p.Value.ToString()));
        var user = users.FindByEmail(form["username"]);
        if (user is null || user.Password != form["password"]) return Form(parameters, "The email address or password is not right.", 401);
        if (user.Disabled) return Form(parameters, "This account has been disabled. Contact your IT service desk.", 403);

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.Email, user.Email));
        identity.SetClaim(Claims.EmailVerified, (bool?)user.EmailVerified);
        identity.AddClaim(new Claim(Claims.Name, user.Name));
        identity.AddClaim(new Claim(Claims.PreferredUsername, user.Email));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Form(IEnumerable<(string Key, string Value)> parameters, string? error, int status)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in - development identity provider</title>
            <style>body{font-family:Arial,sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem}label{display:block;font-weight:bold;margin-top:1rem}
            input{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}button{margin-top:1.5rem;font-size:1rem;padding:.5rem 1rem}.error{color:#b00;font-weight:bold}</style>
            </head><body><main><h1>Development identity provider</h1>
            <p>This stands in for your organisation's Microsoft account sign-in. It is for development and tests only.</p>
            """);
        if (error is not null) html.Append("<p class=\"error\" role=\"alert\" id=\"error\">").Append(WebUtility.HtmlEncode(error)).Append("</p>");
        html.Append("<form method=\"post\" action=\"/connect/authorize\">");
        foreach (var (key, value) in parameters)
            html.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(key)).Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\">");
        html.Append("""
            <label for="username">Email address</label><input id="username" name="username" type="email" autocomplete="username">
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
            <button type="submit" id="provider-sign-in">Sign in</button></form></main></body></html>
            """);
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
