using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Disputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediationCommittees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TermStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCommittees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCommittees_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCommittees_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AreaCovered = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FoundNone = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Regions_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Mediators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitteeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 123, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediators_MediationCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "MediationCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Disputes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreeningRoundId = table.Column<long>(type: "INTEGER", nullable: true),
                    FromPetitionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ToPetitionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PeopleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RiskReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MediationKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MediationStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<long>(type: "INTEGER", nullable: true),
                    OfficeId = table.Column<long>(type: "INTEGER", nullable: true),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MediatorNames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementForm = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgreementFacts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AgreementTerms = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PerformanceDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreementEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FailureRoute = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Performance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PerformanceCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PerformanceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConfirmationAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationCourt = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConfirmationAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmationResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConfirmationCaseNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CriminalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CriminalNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disputes_MediationCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "MediationCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Petitions_FromPetitionId",
                        column: x => x.FromPetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Petitions_ToPetitionId",
                        column: x => x.ToPetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Regions_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_ScreeningRounds_ScreeningRoundId",
                        column: x => x.ScreeningRoundId,
                        principalTable: "ScreeningRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisputeMoves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeMoves_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisputeParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 123, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 123, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 843, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeParties_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisputeSupervisionOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeSupervisionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeSupervisionOrders_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisputeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Mediators = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessions_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisputeMoves_DisputeId",
                table: "DisputeMoves",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeMoves_ScopePath",
                table: "DisputeMoves",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeParties_DisputeId",
                table: "DisputeParties",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeParties_ScopePath",
                table: "DisputeParties",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_CommitteeId",
                table: "Disputes",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_FromPetitionId",
                table: "Disputes",
                column: "FromPetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_GroupId",
                table: "Disputes",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_OfficeId",
                table: "Disputes",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ReportedOn",
                table: "Disputes",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ScopePath",
                table: "Disputes",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ScreeningRoundId",
                table: "Disputes",
                column: "ScreeningRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ToPetitionId",
                table: "Disputes",
                column: "ToPetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_TownId_Number",
                table: "Disputes",
                columns: new[] { "TownId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_VillageId",
                table: "Disputes",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeSupervisionOrders_DisputeId",
                table: "DisputeSupervisionOrders",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeSupervisionOrders_DueOn",
                table: "DisputeSupervisionOrders",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeSupervisionOrders_ScopePath",
                table: "DisputeSupervisionOrders",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_ScopePath",
                table: "MediationCommittees",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_TownId_Name",
                table: "MediationCommittees",
                columns: new[] { "TownId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_VillageId",
                table: "MediationCommittees",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_DisputeId",
                table: "MediationSessions",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_ScopePath",
                table: "MediationSessions",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Mediators_CommitteeId",
                table: "Mediators",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Mediators_ScopePath",
                table: "Mediators",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_GroupId",
                table: "ScreeningRounds",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_PlannedOn",
                table: "ScreeningRounds",
                column: "PlannedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_ScopePath",
                table: "ScreeningRounds",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_TownId",
                table: "ScreeningRounds",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_VillageId",
                table: "ScreeningRounds",
                column: "VillageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisputeMoves");

            migrationBuilder.DropTable(
                name: "DisputeParties");

            migrationBuilder.DropTable(
                name: "DisputeSupervisionOrders");

            migrationBuilder.DropTable(
                name: "MediationSessions");

            migrationBuilder.DropTable(
                name: "Mediators");

            migrationBuilder.DropTable(
                name: "Disputes");

            migrationBuilder.DropTable(
                name: "MediationCommittees");

            migrationBuilder.DropTable(
                name: "ScreeningRounds");
        }
    }
}
