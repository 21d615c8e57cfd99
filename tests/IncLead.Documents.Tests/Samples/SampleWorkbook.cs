using IncLead.Documents.Spreadsheets;

namespace IncLead.Documents.Tests.Samples;

/// <summary>A workbook shaped like the board pack export: anonymised results, EDS grades and actions.</summary>
public static class SampleWorkbook
{
    public static readonly DateTimeOffset Created = new(2027, 3, 12, 9, 30, 0, TimeSpan.Zero);

    public static Workbook Create() => new(
    [
        new Sheet("Results (anonymised)",
            [new Column("Statement"), new Column("Respondents", ColumnType.Integer), new Column("Median", ColumnType.Decimal), new Column("Agreement", ColumnType.Percent)],
            [.. Enumerable.Range(1, 20).Select(i => (IReadOnlyList<object?>)[$"S1.F{i % 6 + 1}.0{i % 9 + 1} Statement {i}", 14 - i % 3, 1.5 + i % 4 * 0.25, 0.5 + i % 5 * 0.1])]),
        new Sheet("EDS grades: 2026/27",
            [new Column("Outcome"), new Column("Grade"), new Column("Score", ColumnType.Integer)],
            [["1A Patients have equitable access", "Developing", 1], ["2B Staff are free from abuse", "Achieving", 2]]),
        new Sheet("Actions",
            [new Column("Ref"), new Column("Action"), new Column("Due", ColumnType.Date), new Column("RAG"), new Column("Cost (£)", ColumnType.Decimal)],
            [
                ["A001", "Publish the équipe summary", new DateOnly(2027, 4, 30), "Green", 1250.5m],
                ["A002", "=HYPERLINK(\"http://example.invalid\",\"Click\")", new DateTime(2027, 5, 1, 14, 30, 0), "Red", null],
                ["A003", "+44 116 000 0000 – call the chair", new DateTimeOffset(2027, 6, 2, 0, 0, 0, TimeSpan.FromHours(1)), "Amber", -20],
                ["A004", "Line one\nline two, with a \"quote\"", null, "Green", "not a number"],
            ]),
    ])
    { Title = "Board pack data 2026/27", Author = "Equality lead", Created = Created };
}
