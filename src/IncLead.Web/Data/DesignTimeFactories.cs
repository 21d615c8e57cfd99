using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IncLead.Web.Data;

// `dotnet ef` builds each provider's context through these, independent of the app's configuration, so generating
// either migration set never needs a database server.
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlServer("Server=.;Database=IncLeadDesign;Trusted_Connection=True", DataSetup.SqlServerOptions).Options);
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db", DataSetup.SqliteOptions).Options);
}
