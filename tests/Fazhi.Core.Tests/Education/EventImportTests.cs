using Fazhi.Core.Education;

namespace Fazhi.Core.Tests.Education;

/// <summary>The attendance cell of an events ledger, read as clerks type it: exact, 余 (多 read as 余) or 近, kept as such.</summary>
public class EventImportTests
{
    [Theory]
    [InlineData("120", 120, AttendanceKind.Exact)]
    [InlineData("120人", 120, AttendanceKind.Exact)]
    [InlineData(" 46 ", 46, AttendanceKind.Exact)]
    [InlineData("0", 0, AttendanceKind.Exact)]
    [InlineData("120余", 120, AttendanceKind.AtLeast)]
    [InlineData("120余人", 120, AttendanceKind.AtLeast)]
    [InlineData("300多", 300, AttendanceKind.AtLeast)]
    [InlineData("300多人", 300, AttendanceKind.AtLeast)]
    [InlineData("2000余人次", 2000, AttendanceKind.AtLeast)]
    [InlineData("近500", 500, AttendanceKind.Nearly)]
    [InlineData("近500人", 500, AttendanceKind.Nearly)]
    [InlineData("近 500 人", 500, AttendanceKind.Nearly)]
    [InlineData("1,200余", 1200, AttendanceKind.AtLeast)]
    [InlineData("１２０余人", 120, AttendanceKind.AtLeast)]
    public void AnAttendanceCell_IsReadWithItsWording(string cell, int count, AttendanceKind kind) =>
        Assert.Equal(new AttendanceReading(count, kind), EventImport.ReadAttendance(cell));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AnEmptyCell_MeansAttendanceNotRecorded(string? cell) =>
        Assert.Equal(new AttendanceReading(null, AttendanceKind.Exact), EventImport.ReadAttendance(cell));

    [Theory]
    [InlineData("约300")]
    [InlineData("很多")]
    [InlineData("余")]
    [InlineData("近")]
    [InlineData("近500余")]
    [InlineData("多300")]
    [InlineData("120-150")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("9999999999")]
    public void AnUnreadableCell_IsRefused(string cell) => Assert.Null(EventImport.ReadAttendance(cell));

    [Fact]
    public void WhatIsRead_IsWrittenBackTheWayTheReportPhrasesIt()
    {
        Assert.Equal("300余人", Phrase("300多"));
        Assert.Equal("近500人", Phrase("近500"));
        Assert.Equal("120人", Phrase("120"));

        static string Phrase(string cell) => EventImport.ReadAttendance(cell) is { } r ? EducationLabels.Attendance(r.Count, r.Kind) : "";
    }

    [Fact]
    public void TheTemplate_HasEveryHeader_AndItsExamplesReadBack()
    {
        using var stream = new MemoryStream();
        EventImport.WriteTemplate(stream);
        stream.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(EventImport.Headers, rows[0].Keys);
        Assert.All(rows, r => Assert.NotNull(EventImport.ReadAttendance(r[EventImport.AttendanceHeader]?.ToString())));
    }
}
