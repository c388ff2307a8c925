using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Education : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EducationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    VillageId = table.Column<long>(type: "bigint", nullable: true),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SectorList = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChannelList = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Venue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganiserOfficeId = table.Column<long>(type: "bigint", nullable: true),
                    Speakers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Attendance = table.Column<int>(type: "integer", nullable: true),
                    AttendanceKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Materials = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationEvents_Offices_OrganiserOfficeId",
                        column: x => x.OrganiserOfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationEvents_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationEvents_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Exams",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PassMark = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exams_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LawSavvyPeople",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    VillageId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(123)", maxLength: 123, nullable: true),
                    AppointedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawSavvyPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LawSavvyPeople_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LawSavvyPeople_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalAdvisors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirmId = table.Column<long>(type: "bigint", nullable: true),
                    FirmName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LawyerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContractFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAdvisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAdvisors_PartnerOrganisations_FirmId",
                        column: x => x.FirmId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalAdvisors_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Chair = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OfficeId = table.Column<long>(type: "bigint", nullable: true),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IsLeader = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudySessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tenths = table.Column<int>(type: "integer", nullable: false),
                    Lecturer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudySessions_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    VillageId = table.Column<long>(type: "bigint", nullable: true),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(123)", maxLength: 123, nullable: true),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AnsweredBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Referral = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferralDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferralDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferralResult = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_EducationEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "EducationEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultations_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultations_Regions_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationEventPartners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartnerId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationEventPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationEventPartners_EducationEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "EducationEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EducationEventPartners_PartnerOrganisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "PartnerOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LawSavvyTrainings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawSavvyTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LawSavvyTrainings_EducationEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "EducationEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LawSavvyTrainings_LawSavvyPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "LawSavvyPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdvisorWork",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdvisorId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Tenths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisorWork", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisorWork_LegalAdvisors_AdvisorId",
                        column: x => x.AdvisorId,
                        principalTable: "LegalAdvisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RuleOfLaw = table.Column<bool>(type: "boolean", nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExamId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StaffMemberId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamResults_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamResults_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeaderDuties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StaffMemberId = table.Column<long>(type: "bigint", nullable: false),
                    LeaderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaderDuties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeaderDuties_Regions_TownId",
                        column: x => x.TownId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeaderDuties_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudyAttendees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    ScopePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StaffMemberId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyAttendees_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StudyAttendees_StudySessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "StudySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisorWork_AdvisorId",
                table: "AdvisorWork",
                column: "AdvisorId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisorWork_On",
                table: "AdvisorWork",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisorWork_ScopePath",
                table: "AdvisorWork",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_EventId",
                table: "Consultations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_On",
                table: "Consultations",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ScopePath",
                table: "Consultations",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TownId",
                table: "Consultations",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_VillageId",
                table: "Consultations",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEventPartners_EventId",
                table: "EducationEventPartners",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEventPartners_PartnerId",
                table: "EducationEventPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEventPartners_ScopePath",
                table: "EducationEventPartners",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_HeldOn",
                table: "EducationEvents",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_OrganiserOfficeId",
                table: "EducationEvents",
                column: "OrganiserOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_ScopePath",
                table: "EducationEvents",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_TownId",
                table: "EducationEvents",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationEvents_VillageId",
                table: "EducationEvents",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamResults_ExamId",
                table: "ExamResults",
                column: "ExamId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamResults_ScopePath",
                table: "ExamResults",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_ExamResults_StaffMemberId",
                table: "ExamResults",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_ScopePath",
                table: "Exams",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Exams_TownId",
                table: "Exams",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyPeople_ScopePath",
                table: "LawSavvyPeople",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyPeople_TownId",
                table: "LawSavvyPeople",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyPeople_VillageId",
                table: "LawSavvyPeople",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyTrainings_EventId",
                table: "LawSavvyTrainings",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyTrainings_PersonId",
                table: "LawSavvyTrainings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LawSavvyTrainings_ScopePath",
                table: "LawSavvyTrainings",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDuties_On",
                table: "LeaderDuties",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDuties_ScopePath",
                table: "LeaderDuties",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDuties_StaffMemberId",
                table: "LeaderDuties",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDuties_TownId",
                table: "LeaderDuties",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAdvisors_FirmId",
                table: "LegalAdvisors",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAdvisors_ScopePath",
                table: "LegalAdvisors",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAdvisors_TownId",
                table: "LegalAdvisors",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId",
                table: "MeetingAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_ScopePath",
                table: "MeetingAgendaItems",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_HeldOn",
                table: "Meetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ScopePath",
                table: "Meetings",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_TownId",
                table: "Meetings",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_OfficeId",
                table: "StaffMembers",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_ScopePath",
                table: "StaffMembers",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_TownId",
                table: "StaffMembers",
                column: "TownId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyAttendees_ScopePath",
                table: "StudyAttendees",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_StudyAttendees_SessionId",
                table: "StudyAttendees",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyAttendees_StaffMemberId",
                table: "StudyAttendees",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_StudySessions_HeldOn",
                table: "StudySessions",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_StudySessions_ScopePath",
                table: "StudySessions",
                column: "ScopePath");

            migrationBuilder.CreateIndex(
                name: "IX_StudySessions_TownId",
                table: "StudySessions",
                column: "TownId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdvisorWork");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "EducationEventPartners");

            migrationBuilder.DropTable(
                name: "ExamResults");

            migrationBuilder.DropTable(
                name: "LawSavvyTrainings");

            migrationBuilder.DropTable(
                name: "LeaderDuties");

            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "StudyAttendees");

            migrationBuilder.DropTable(
                name: "LegalAdvisors");

            migrationBuilder.DropTable(
                name: "Exams");

            migrationBuilder.DropTable(
                name: "EducationEvents");

            migrationBuilder.DropTable(
                name: "LawSavvyPeople");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "StudySessions");
        }
    }
}
