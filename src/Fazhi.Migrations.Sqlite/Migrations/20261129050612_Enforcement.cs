using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Enforcement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnforcementCampaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeadOfficeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Targets = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCampaigns_Offices_LeadOfficeId",
                        column: x => x.LeadOfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCampaigns_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementOfficers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OfficeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LegallyQualified = table.Column<bool>(type: "INTEGER", nullable: false),
                    QualificationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementOfficers_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementOfficers_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegulatedEntities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 123, nullable: true),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulatedEntities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegulatedEntities_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegulatedEntities_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCampaignPartners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCampaignPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCampaignPartners_EnforcementCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "EnforcementCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnforcementCampaignPartners_PartnerOrganisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCertificates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCertificates_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCaseOfficers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCaseOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCaseOfficers_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartyIsPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyIdNumber = table.Column<string>(type: "TEXT", maxLength: 123, nullable: true),
                    PartyAddress = table.Column<string>(type: "TEXT", maxLength: 843, nullable: true),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Major = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InvestigatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RightsNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PenaltyKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublicityDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FineDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExecutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopWorkOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DemandOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DemolishBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ForcedDemolition = table.Column<bool>(type: "INTEGER", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DropReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_EnforcementOfficers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_RegulatedEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "RegulatedEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Officers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCaseSteps_EnforcementCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "EnforcementCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CorrectedOnSpot = table.Column<bool>(type: "INTEGER", nullable: false),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionOfficers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionOfficers_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: true),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FollowsOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    PatrolTaskId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_EnforcementCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "EnforcementCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_RegulatedEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "RegulatedEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatrolTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: true),
                    DismissReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatrolTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatrolTasks_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatrolTasks_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatrolTasks_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageId = table.Column<long>(type: "INTEGER", nullable: true),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    AwaitingEscalation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_EnforcementCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "EnforcementCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_EnforcementCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "EnforcementCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_RegulatedEntities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "RegulatedEntities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationOrderSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScopePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InspectionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrderSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrderSteps_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrderSteps_RectificationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "RectificationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaignPartners_CampaignId",
                table: "EnforcementCampaignPartners",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaignPartners_PartnerId",
                table: "EnforcementCampaignPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaignPartners_ScopePath",
                table: "EnforcementCampaignPartners",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaigns_LeadOfficeId",
                table: "EnforcementCampaigns",
                column: "LeadOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaigns_ScopePath",
                table: "EnforcementCampaigns",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaigns_StartsOn",
                table: "EnforcementCampaigns",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCampaigns_TownId",
                table: "EnforcementCampaigns",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseOfficers_CaseId",
                table: "EnforcementCaseOfficers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseOfficers_OfficerId",
                table: "EnforcementCaseOfficers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseOfficers_ScopePath",
                table: "EnforcementCaseOfficers",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_EntityId",
                table: "EnforcementCases",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_FiledOn",
                table: "EnforcementCases",
                column: "FiledOn");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_InspectionId",
                table: "EnforcementCases",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_ReviewerId",
                table: "EnforcementCases",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_ScopePath",
                table: "EnforcementCases",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_TownId_Number",
                table: "EnforcementCases",
                columns: new[] { "TownId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_VillageId",
                table: "EnforcementCases",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseSteps_CaseId",
                table: "EnforcementCaseSteps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseSteps_ScopePath",
                table: "EnforcementCaseSteps",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCertificates_Number",
                table: "EnforcementCertificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCertificates_OfficerId",
                table: "EnforcementCertificates",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCertificates_ScopePath",
                table: "EnforcementCertificates",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_OfficeId",
                table: "EnforcementOfficers",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_ScopePath",
                table: "EnforcementOfficers",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_TownId",
                table: "EnforcementOfficers",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_InspectionId",
                table: "InspectionFindings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_ScopePath",
                table: "InspectionFindings",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOfficers_InspectionId",
                table: "InspectionOfficers",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOfficers_OfficerId",
                table: "InspectionOfficers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOfficers_ScopePath",
                table: "InspectionOfficers",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_CampaignId",
                table: "Inspections",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_EntityId",
                table: "Inspections",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_FollowsOrderId",
                table: "Inspections",
                column: "FollowsOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_InspectedOn",
                table: "Inspections",
                column: "InspectedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PatrolTaskId",
                table: "Inspections",
                column: "PatrolTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ScopePath",
                table: "Inspections",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_TownId",
                table: "Inspections",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_VillageId",
                table: "Inspections",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolTasks_InspectionId",
                table: "PatrolTasks",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolTasks_ScopePath",
                table: "PatrolTasks",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolTasks_TownId",
                table: "PatrolTasks",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_PatrolTasks_VillageId",
                table: "PatrolTasks",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_CampaignId",
                table: "RectificationOrders",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_CaseId",
                table: "RectificationOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_EntityId",
                table: "RectificationOrders",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_InspectionId",
                table: "RectificationOrders",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_IssuedOn",
                table: "RectificationOrders",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_ScopePath",
                table: "RectificationOrders",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_TownId_Number",
                table: "RectificationOrders",
                columns: new[] { "TownId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_VillageId",
                table: "RectificationOrders",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrderSteps_InspectionId",
                table: "RectificationOrderSteps",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrderSteps_OrderId",
                table: "RectificationOrderSteps",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrderSteps_ScopePath",
                table: "RectificationOrderSteps",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_RegulatedEntities_ScopePath",
                table: "RegulatedEntities",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_RegulatedEntities_TownId_CreditCode",
                table: "RegulatedEntities",
                columns: new[] { "TownId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegulatedEntities_TownId_Name",
                table: "RegulatedEntities",
                columns: new[] { "TownId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_RegulatedEntities_VillageId",
                table: "RegulatedEntities",
                column: "VillageId");

            migrationBuilder.AddForeignKey(
                name: "FK_EnforcementCaseOfficers_EnforcementCases_CaseId",
                table: "EnforcementCaseOfficers",
                column: "CaseId",
                principalTable: "EnforcementCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_EnforcementCases_Inspections_InspectionId",
                table: "EnforcementCases",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionFindings_Inspections_InspectionId",
                table: "InspectionFindings",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionOfficers_Inspections_InspectionId",
                table: "InspectionOfficers",
                column: "InspectionId",
                principalTable: "Inspections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_PatrolTasks_PatrolTaskId",
                table: "Inspections",
                column: "PatrolTaskId",
                principalTable: "PatrolTasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Inspections_RectificationOrders_FollowsOrderId",
                table: "Inspections",
                column: "FollowsOrderId",
                principalTable: "RectificationOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Inspections_EnforcementCampaigns_CampaignId",
                table: "Inspections");

            migrationBuilder.DropForeignKey(
                name: "FK_RectificationOrders_EnforcementCampaigns_CampaignId",
                table: "RectificationOrders");

            migrationBuilder.DropForeignKey(
                name: "FK_RectificationOrders_EnforcementCases_CaseId",
                table: "RectificationOrders");

            migrationBuilder.DropForeignKey(
                name: "FK_PatrolTasks_Inspections_InspectionId",
                table: "PatrolTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_RectificationOrders_Inspections_InspectionId",
                table: "RectificationOrders");

            migrationBuilder.DropTable(
                name: "EnforcementCampaignPartners");

            migrationBuilder.DropTable(
                name: "EnforcementCaseOfficers");

            migrationBuilder.DropTable(
                name: "EnforcementCaseSteps");

            migrationBuilder.DropTable(
                name: "EnforcementCertificates");

            migrationBuilder.DropTable(
                name: "InspectionFindings");

            migrationBuilder.DropTable(
                name: "InspectionOfficers");

            migrationBuilder.DropTable(
                name: "RectificationOrderSteps");

            migrationBuilder.DropTable(
                name: "EnforcementCampaigns");

            migrationBuilder.DropTable(
                name: "EnforcementCases");

            migrationBuilder.DropTable(
                name: "EnforcementOfficers");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "PatrolTasks");

            migrationBuilder.DropTable(
                name: "RectificationOrders");

            migrationBuilder.DropTable(
                name: "RegulatedEntities");
        }
    }
}
