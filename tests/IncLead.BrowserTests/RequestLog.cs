using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IncLead.BrowserTests;

/// <summary>
/// What reached the server, for requests a test marks with an <c>X-Test-Visit</c> header: the one way to tell a
/// resource the browser took from its cache (no request at all) from one it asked for again.
/// </summary>
public sealed class RequestLog : IStartupFilter
{
    public const string Header = "X-Test-Visit";
    private readonly ConcurrentQueue<(string Visit, string Path, int Status)> _requests = new();

    public IReadOnlyList<(string Path, int Status)> Of(string visit) =>
        _requests.Where(r => r.Visit == visit).Select(r => (r.Path, r.Status)).ToList();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            await inner();
            var visit = context.Request.Headers[Header].ToString();
            if (visit.Length > 0) _requests.Enqueue((visit, context.Request.Path + context.Request.QueryString, context.Response.StatusCode));
        });
        next(app);
    };
}
