using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Governors_StatementAppliesTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AppliesTo",
                table: "Statements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppliesTo",
                table: "Statements");
        }
    }
}
