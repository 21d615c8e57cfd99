using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Actions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequireCompletionEvidence",
                table: "Organisations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BoardDevelopmentSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Venue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Facilitator = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Aims = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LearningObjectives = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AttendeeUserIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Outcomes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Agenda = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardDevelopmentSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardDevelopmentSessions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardSessionTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FrameworkId = table.Column<int>(type: "int", nullable: false),
                    Aims = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LearningObjectives = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SourceDocument = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SourceSection = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Agenda = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardSessionTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardSessionTemplates_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Voice = table.Column<int>(type: "int", nullable: false),
                    Visibility = table.Column<int>(type: "int", nullable: false),
                    Anonymised = table.Column<bool>(type: "bit", nullable: false),
                    ConsentRecordedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConsentRecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ConsentRecordedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConsentNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    StageNumber = table.Column<int>(type: "int", nullable: true),
                    Characteristics = table.Column<int>(type: "int", nullable: false),
                    EdsOutcomeId = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Stories_EdsOutcomes_EdsOutcomeId",
                        column: x => x.EdsOutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Stories_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CycleId = table.Column<int>(type: "int", nullable: true),
                    StageId = table.Column<int>(type: "int", nullable: true),
                    FactorId = table.Column<int>(type: "int", nullable: true),
                    StatementId = table.Column<int>(type: "int", nullable: true),
                    EdsOutcomeId = table.Column<int>(type: "int", nullable: true),
                    StoryId = table.Column<int>(type: "int", nullable: true),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ExecutiveLeadUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DueOn = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    AtRisk = table.Column<bool>(type: "bit", nullable: false),
                    RiskNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CompletionEvidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DropReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueSoonRemindedFor = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverdueRemindedFor = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Actions_AspNetUsers_ExecutiveLeadUserId",
                        column: x => x.ExecutiveLeadUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_EdsOutcomes_EdsOutcomeId",
                        column: x => x.EdsOutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Factors_FactorId",
                        column: x => x.FactorId,
                        principalTable: "Factors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Actions_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    ActionItemId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Actions_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_CycleId",
                table: "Actions",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_EdsOutcomeId",
                table: "Actions",
                column: "EdsOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_ExecutiveLeadUserId",
                table: "Actions",
                column: "ExecutiveLeadUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_FactorId",
                table: "Actions",
                column: "FactorId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_OrganisationId_Status_DueOn",
                table: "Actions",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_OwnerUserId",
                table: "Actions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_StageId",
                table: "Actions",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_StatementId",
                table: "Actions",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_DueOn",
                table: "Actions",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_StoryId",
                table: "Actions",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardDevelopmentSessions_OrganisationId_HeldOn",
                table: "BoardDevelopmentSessions",
                columns: new[] { "OrganisationId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardSessionTemplates_FrameworkId",
                table: "BoardSessionTemplates",
                column: "FrameworkId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_ActionItemId_At",
                table: "ProgressUpdates",
                columns: new[] { "ActionItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_CreatedByUserId",
                table: "Stories",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_EdsOutcomeId",
                table: "Stories",
                column: "EdsOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_OrganisationId_Visibility_UpdatedAt",
                table: "Stories",
                columns: new[] { "OrganisationId", "Visibility", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardDevelopmentSessions");

            migrationBuilder.DropTable(
                name: "BoardSessionTemplates");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "Actions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropColumn(
                name: "RequireCompletionEvidence",
                table: "Organisations");
        }
    }
}
