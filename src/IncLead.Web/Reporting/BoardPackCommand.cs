using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using IncLead.Documents.Pdf;
using IncLead.Web.Data;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Reporting;

/// <summary>
/// <c>dotnet run --project src/IncLead.Web -- render-board-pack [file.pdf]</c>: renders the demo organisation's board
/// pack without starting the web server, for checking the PDF and for benchmarks.
/// </summary>
public static class BoardPackCommand
{
    public const string Name = "render-board-pack";

    public static async Task<int> RunAsync(WebApplication app, string output)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.OdsCode == DemoData.OdsCode);
        var lead = await db.Users.SingleOrDefaultAsync(u => u.Email == DemoData.EqualityLeadEmail);
        if (organisation is null || lead is null)
        {
            await Console.Error.WriteLineAsync("The demo organisation is missing: run with Demo:Seed=true (the default in Development).");
            return 1;
        }

        // Every read model is scoped to the signed-in person's organisation, so the command acts as the demo equality lead.
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, lead.Id),
            new Claim(AppClaims.OrganisationId, organisation.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, AppClaims.EqualityLeadRole),
        ], authenticationType: Name));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };

        // The newest signed-off cycle, whose pack is identical every time; else the newest cycle.
        var cycle = await db.Cycles.OrderByDescending(c => c.State == CycleState.SignedOff).ThenByDescending(c => c.OpensOn).FirstOrDefaultAsync();
        if (cycle is null)
        {
            await Console.Error.WriteLineAsync("The demo organisation has no cycle to report on.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var input = await scope.ServiceProvider.GetRequiredService<BoardPackLoader>().LoadAsync(cycle, StoryReaders.From(user));
        var loaded = clock.Elapsed;
        var pdf = PdfRenderer.Render(BoardPackComposer.Compose(input));
        await File.WriteAllBytesAsync(output, pdf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{organisation.Name}, {cycle.Name}: {pdf.Length / 1024} KiB written to {Path.GetFullPath(output)} (data {loaded.TotalMilliseconds:F0} ms, PDF {(clock.Elapsed - loaded).TotalMilliseconds:F0} ms)"));
        return 0;
    }
}
