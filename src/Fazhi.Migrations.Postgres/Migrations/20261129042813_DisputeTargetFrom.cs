using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DisputeTargetFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetFrom",
                table: "Disputes",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Disputes registered before this column count their target from registration, as before.
            migrationBuilder.Sql("UPDATE \"Disputes\" SET \"TargetFrom\" = \"ReportedOn\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TargetFrom",
                table: "Disputes");
        }
    }
}
