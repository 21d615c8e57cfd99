using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Insight_TargetsAndBenchmark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenchmarkContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOffAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Means = table.Column<string>(type: "TEXT", nullable: false),
                    SharedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenchmarkContributions_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenchmarkContributions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Contributors = table.Column<int>(type: "INTEGER", nullable: false),
                    LowerQuartile = table.Column<double>(type: "REAL", nullable: false),
                    Median = table.Column<double>(type: "REAL", nullable: false),
                    UpperQuartile = table.Column<double>(type: "REAL", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenchmarkFigures_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkParticipations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptedIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeerGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FirstSharedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkParticipations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenchmarkParticipations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatementCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<double>(type: "REAL", nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardTargets_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardTargets_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkContributions_FrameworkId_PeerGroup",
                table: "BenchmarkContributions",
                columns: new[] { "FrameworkId", "PeerGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkContributions_OrganisationId_FrameworkId",
                table: "BenchmarkContributions",
                columns: new[] { "OrganisationId", "FrameworkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkFigures_FrameworkId_PeerGroup_Key",
                table: "BenchmarkFigures",
                columns: new[] { "FrameworkId", "PeerGroup", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkParticipations_OrganisationId",
                table: "BenchmarkParticipations",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardTargets_CycleId_StageCode_StatementCode",
                table: "BoardTargets",
                columns: new[] { "CycleId", "StageCode", "StatementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardTargets_OrganisationId",
                table: "BoardTargets",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkContributions");

            migrationBuilder.DropTable(
                name: "BenchmarkFigures");

            migrationBuilder.DropTable(
                name: "BenchmarkParticipations");

            migrationBuilder.DropTable(
                name: "BoardTargets");
        }
    }
}
