using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorSheets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<long>(type: "INTEGER", nullable: false),
                    DistrictPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExcellentPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    PassPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorSheets_Regions_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PointsTenths = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FigureKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Comparison = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThresholdTenths = table.Column<long>(type: "INTEGER", nullable: true),
                    FullWhenNoData = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_IndicatorSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "IndicatorSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TownAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    SheetId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TownAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TownAssessments_IndicatorSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "IndicatorSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TownAssessments_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SelfTenths = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EvidenceKeys = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FigureValue = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FigureFormula = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AutoReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_TownAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "TownAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DistrictReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    SheetId = table.Column<long>(type: "INTEGER", nullable: false),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<long>(type: "INTEGER", nullable: false),
                    DistrictPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TotalTenths = table.Column<long>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FinalisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistrictReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DistrictReviews_IndicatorSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "IndicatorSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DistrictReviews_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DistrictReviews_TownAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "TownAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tenths = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewScores_DistrictReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "DistrictReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewScores_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_IndicatorId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_IndicatorId",
                table: "AssessmentScores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_ScopePath",
                table: "AssessmentScores",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_DistrictReviews_AssessmentId",
                table: "DistrictReviews",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DistrictReviews_SheetId",
                table: "DistrictReviews",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_DistrictReviews_TownId",
                table: "DistrictReviews",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SheetId",
                table: "Indicators",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSheets_DistrictId_Year_Name",
                table: "IndicatorSheets",
                columns: new[] { "DistrictId", "Year", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSheets_DistrictPath",
                table: "IndicatorSheets",
                column: "DistrictPath");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewScores_IndicatorId",
                table: "ReviewScores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewScores_ReviewId_IndicatorId",
                table: "ReviewScores",
                columns: new[] { "ReviewId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_ScopePath",
                table: "TownAssessments",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_SheetId",
                table: "TownAssessments",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_TownAssessments_TownId_SheetId",
                table: "TownAssessments",
                columns: new[] { "TownId", "SheetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentScores");

            migrationBuilder.DropTable(
                name: "ReviewScores");

            migrationBuilder.DropTable(
                name: "DistrictReviews");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "TownAssessments");

            migrationBuilder.DropTable(
                name: "IndicatorSheets");
        }
    }
}
