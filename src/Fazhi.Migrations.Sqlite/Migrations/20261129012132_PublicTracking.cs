using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReceiptCode",
                table: "Petitions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingHash",
                table: "Petitions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceiptCode",
                table: "Petitions",
                column: "ReceiptCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceiptCode",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "ReceiptCode",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "TrackingHash",
                table: "Petitions");
        }
    }
}
