using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SingleSignOn_ClientCertificate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProtectedClientCertificate",
                table: "SingleSignOnConnections",
                type: "TEXT",
                maxLength: 16000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "UsesCertificate",
                table: "SingleSignOnConnections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedClientCertificate",
                table: "SingleSignOnConnections");

            migrationBuilder.DropColumn(
                name: "UsesCertificate",
                table: "SingleSignOnConnections");
        }
    }
}
