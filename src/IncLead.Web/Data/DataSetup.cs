using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Data;

public static class DataSetup
{
    public static void SqliteOptions(SqliteDbContextOptionsBuilder o) => o.MigrationsHistoryTable("__EFMigrationsHistory");

    public static void SqlServerOptions(SqlServerDbContextOptionsBuilder o) => o.EnableRetryOnFailure();

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        if (options.Provider == "SqlServer")
        {
            builder.Services.AddPooledDbContextFactory<AppDbContext>(o => o.UseSqlServer(options.ConnectionString, SqlServerOptions));
            builder.Services.AddScopedFromPool<AppDbContext>();
        }
        else
        {
            var connectionString = SqliteConnectionString(options.ConnectionString, builder.Environment.ContentRootPath);
            var writeGate = new SqliteWriteGate();
            builder.Services.AddPooledDbContextFactory<SqliteAppDbContext>(o => o.UseSqlite(connectionString, SqliteOptions).AddInterceptors(writeGate));
            builder.Services.AddScopedFromPool<SqliteAppDbContext>();
        }
        return builder;
    }

    /// <summary>
    /// Code injects <see cref="AppDbContext"/> per request as usual, but the contexts come from a pool: building a
    /// context's services was a tenth of a stage page's time under load (issue 3). The pool cannot pass the request's
    /// organisation to a constructor, so it is set here each time a context is handed out; disposing the scope
    /// returns the context to the pool, which resets its change tracker.
    /// </summary>
    private static void AddScopedFromPool<TContext>(this IServiceCollection services) where TContext : AppDbContext =>
        services.AddScoped<AppDbContext>(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.Current = sp.GetRequiredService<CurrentOrganisation>();
            return db;
        });

    // A relative SQLite file is placed under the content root, and its folder (App_Data/) is created on first run.
    private static string SqliteConnectionString(string configured, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured);
        if (csb.DataSource is { Length: > 0 } file && !file.StartsWith(':') && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            csb.DataSource = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }

    public static async Task MigrateAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup) return;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer commits: answers autosave while others read.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }
}
