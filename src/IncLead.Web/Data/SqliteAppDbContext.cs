using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data;

/// <summary>Exists only to own the SQLite migration set (EF Core: one context type per provider). Code injects <see cref="AppDbContext"/>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
