using System.Text;
using IncLead.Documents.Spreadsheets;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Spreadsheets;

public sealed class CsvWriterTests
{
    static string Csv(Sheet sheet)
    {
        var bytes = CsvWriter.Write(sheet);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void Fields_are_quoted_as_rfc_4180_says_with_crlf_line_ends()
    {
        var csv = Csv(new Sheet("T", [new Column("Name"), new Column("Note")],
            [["plain", "comma, inside"], ["say \"hi\"", "two\nlines"], ["café £5", null]]));
        Assert.Equal("Name,Note\r\nplain,\"comma, inside\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\ncafé £5,\r\n", csv);
    }

    [Fact]
    public void Text_that_starts_like_a_formula_is_written_as_text()
    {
        var csv = Csv(new Sheet("T", [new Column("=Header")], [["=1+1"], ["+44 116"], ["-x"], ["@SUM(A1)"], ["\tTab"], ["safe = text"]]));
        Assert.Equal("\"'=Header\"\r\n\"'=1+1\"\r\n\"'+44 116\"\r\n\"'-x\"\r\n\"'@SUM(A1)\"\r\n\"'\tTab\"\r\nsafe = text\r\n", csv);
    }

    [Fact]
    public void Numbers_dates_and_percentages_are_written_invariantly()
    {
        var csv = Csv(new Sheet("T", [new Column("N", ColumnType.Integer), new Column("D", ColumnType.Decimal), new Column("When", ColumnType.Date), new Column("P", ColumnType.Percent)],
            [[-5, 1234.5m, new DateOnly(2027, 3, 12), 0.885], [1, "n/a", new DateTime(2027, 3, 12, 14, 30, 0), 1]]));
        Assert.Equal("N,D,When,P\r\n-5,1234.5,2027-03-12,88.5%\r\n1,n/a,2027-03-12 14:30:00,100%\r\n", csv);
    }

    [Fact]
    public void The_sample_actions_sheet_writes_one_line_per_row_plus_the_header()
    {
        var sheet = SampleWorkbook.Create().Sheets[2];
        var csv = Csv(sheet);
        Assert.StartsWith("Ref,Action,Due,RAG,Cost (£)\r\nA001,Publish the équipe summary,2027-04-30,Green,1250.5\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\"", csv, StringComparison.Ordinal);
    }
}
