using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Charts_EdsGradeWordingFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WordingToBeConfirmed",
                table: "EdsGrades",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Frameworks imported before the importer kept the grade-level flag: EDS 2022's file flags "Excelling activity" (3).
            migrationBuilder.Sql("UPDATE EdsGrades SET WordingToBeConfirmed = 1 WHERE Score = 3 AND FrameworkId IN (SELECT Id FROM Frameworks WHERE Code = 'eds2022')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WordingToBeConfirmed",
                table: "EdsGrades");
        }
    }
}
