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
            builder.Services.AddDbContext<AppDbContext>(o => o.UseSqlServer(options.ConnectionString, SqlServerOptions));
        }
        else
        {
            var connectionString = SqliteConnectionString(options.ConnectionString, builder.Environment.ContentRootPath);
            var writeGate = new SqliteWriteGate();
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString, SqliteOptions).AddInterceptors(writeGate));
        }
        return builder;
    }

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
