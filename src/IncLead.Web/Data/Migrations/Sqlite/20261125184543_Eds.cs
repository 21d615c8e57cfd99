using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Eds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EdsAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    EdsLeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BoardSponsorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublicSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdsAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EdsAssessments_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EdsAssessments_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EdsAssessments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EdsOutcomeGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgreedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Present = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdsOutcomeGrades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EdsOutcomeGrades_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EdsOutcomeGrades_EdsOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EdsPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdsPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EdsPublications_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EdsServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdsServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EdsServices_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DoneOn = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementChecks_CommunityEngagementChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "CommunityEngagementChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EngagementChecks_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GroupsReached = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProtectedCharacteristics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FeedbackGivenOn = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementEvents_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EqualityObjectives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Publish = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EqualityObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EqualityObjectives_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtectedCharacteristics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HealthInclusionGroups = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileKind = table.Column<int>(type: "INTEGER", nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_EdsOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Panellists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastVisitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InvitedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Panellists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Panellists_EdsAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "EdsAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EdsServiceScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GradeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdsServiceScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EdsServiceScores_EdsOutcomeGrades_GradeId",
                        column: x => x.GradeId,
                        principalTable: "EdsOutcomeGrades",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EdsServiceScores_EdsServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "EdsServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementAttendees_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EngagementAttendees_EngagementEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "EngagementEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 2147483647, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_EvidenceItems_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanellistOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PanellistId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanellistOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanellistOutcomes_EdsOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanellistOutcomes_Panellists_PanellistId",
                        column: x => x.PanellistId,
                        principalTable: "Panellists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProvisionalScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PanellistId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionalScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProvisionalScores_EdsOutcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "EdsOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProvisionalScores_Panellists_PanellistId",
                        column: x => x.PanellistId,
                        principalTable: "Panellists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EdsAssessments_CycleId",
                table: "EdsAssessments",
                column: "CycleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EdsAssessments_FrameworkId",
                table: "EdsAssessments",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_EdsAssessments_OrganisationId_PublicSlug",
                table: "EdsAssessments",
                columns: new[] { "OrganisationId", "PublicSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EdsOutcomeGrades_AssessmentId_OutcomeId",
                table: "EdsOutcomeGrades",
                columns: new[] { "AssessmentId", "OutcomeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EdsOutcomeGrades_OutcomeId",
                table: "EdsOutcomeGrades",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_EdsPublications_AssessmentId",
                table: "EdsPublications",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EdsPublications_OrganisationId_Slug_WithdrawnAt",
                table: "EdsPublications",
                columns: new[] { "OrganisationId", "Slug", "WithdrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EdsServices_AssessmentId_Number",
                table: "EdsServices",
                columns: new[] { "AssessmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EdsServiceScores_GradeId_ServiceId",
                table: "EdsServiceScores",
                columns: new[] { "GradeId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EdsServiceScores_ServiceId",
                table: "EdsServiceScores",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementAttendees_EventId_UserId",
                table: "EngagementAttendees",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementAttendees_UserId",
                table: "EngagementAttendees",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementChecks_AssessmentId_CheckId",
                table: "EngagementChecks",
                columns: new[] { "AssessmentId", "CheckId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementChecks_CheckId",
                table: "EngagementChecks",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementEvents_AssessmentId_HeldOn",
                table: "EngagementEvents",
                columns: new[] { "AssessmentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EqualityObjectives_AssessmentId",
                table: "EqualityObjectives",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_EvidenceItemId",
                table: "EvidenceFiles",
                column: "EvidenceItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_AssessmentId_OutcomeId",
                table: "EvidenceItems",
                columns: new[] { "AssessmentId", "OutcomeId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OutcomeId",
                table: "EvidenceItems",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_PanellistOutcomes_OutcomeId",
                table: "PanellistOutcomes",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_PanellistOutcomes_PanellistId_OutcomeId",
                table: "PanellistOutcomes",
                columns: new[] { "PanellistId", "OutcomeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Panellists_AssessmentId",
                table: "Panellists",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Panellists_TokenHash",
                table: "Panellists",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionalScores_OutcomeId",
                table: "ProvisionalScores",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionalScores_PanellistId_OutcomeId",
                table: "ProvisionalScores",
                columns: new[] { "PanellistId", "OutcomeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EdsPublications");

            migrationBuilder.DropTable(
                name: "EdsServiceScores");

            migrationBuilder.DropTable(
                name: "EngagementAttendees");

            migrationBuilder.DropTable(
                name: "EngagementChecks");

            migrationBuilder.DropTable(
                name: "EqualityObjectives");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "PanellistOutcomes");

            migrationBuilder.DropTable(
                name: "ProvisionalScores");

            migrationBuilder.DropTable(
                name: "EdsOutcomeGrades");

            migrationBuilder.DropTable(
                name: "EdsServices");

            migrationBuilder.DropTable(
                name: "EngagementEvents");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "Panellists");

            migrationBuilder.DropTable(
                name: "EdsAssessments");
        }
    }
}
