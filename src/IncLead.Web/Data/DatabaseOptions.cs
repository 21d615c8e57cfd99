using System.ComponentModel.DataAnnotations;

namespace IncLead.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production). Chosen explicitly, never guessed.</summary>
    [Required, AllowedValues("Sqlite", "SqlServer")]
    public string Provider { get; set; } = "Sqlite";

    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply migrations at start-up. On for SQLite; for SQL Server with several instances, apply the generated script from the deploy pipeline instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
