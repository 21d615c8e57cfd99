using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IncLead.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EdsReport_TemplateFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "EqualityObjectives",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "CompleteBy",
                table: "EqualityObjectives",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OutcomeId",
                table: "EqualityObjectives",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "EdsOutcomeGrades",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AuthorisedBy",
                table: "EdsAssessments",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "AuthorisedOn",
                table: "EdsAssessments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CompletedOn",
                table: "EdsAssessments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntegratedCareSystem",
                table: "EdsAssessments",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "EdsAssessments",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousYearActions",
                table: "EdsAssessments",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedOn",
                table: "EdsAssessments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_EqualityObjectives_OutcomeId",
                table: "EqualityObjectives",
                column: "OutcomeId");

            migrationBuilder.AddForeignKey(
                name: "FK_EqualityObjectives_EdsOutcomes_OutcomeId",
                table: "EqualityObjectives",
                column: "OutcomeId",
                principalTable: "EdsOutcomes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EqualityObjectives_EdsOutcomes_OutcomeId",
                table: "EqualityObjectives");

            migrationBuilder.DropIndex(
                name: "IX_EqualityObjectives_OutcomeId",
                table: "EqualityObjectives");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "EqualityObjectives");

            migrationBuilder.DropColumn(
                name: "CompleteBy",
                table: "EqualityObjectives");

            migrationBuilder.DropColumn(
                name: "OutcomeId",
                table: "EqualityObjectives");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "EdsOutcomeGrades");

            migrationBuilder.DropColumn(
                name: "AuthorisedBy",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "AuthorisedOn",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "IntegratedCareSystem",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "PreviousYearActions",
                table: "EdsAssessments");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "EdsAssessments");
        }
    }
}
