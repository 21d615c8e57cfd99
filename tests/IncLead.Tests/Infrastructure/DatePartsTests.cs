using IncLead.Web.Infrastructure.DateInput;

namespace IncLead.Tests.Infrastructure;

/// <summary>The NHS.UK date input's checks, as its guidance words them, and which of the three fields each marks.</summary>
public sealed class DatePartsTests
{
    [Theory]
    [InlineData("30", "2", "2027", "The due date must be a real date", DatePart.Day)]
    [InlineData("29", "2", "2027", "The due date must be a real date", DatePart.Day)]
    [InlineData("31", "4", "2027", "The due date must be a real date", DatePart.Day)]
    [InlineData("1", "13", "2027", "The due date must be a real date", DatePart.Month)]
    [InlineData("1", "3", "27", "Year must include 4 numbers", DatePart.Year)]
    [InlineData("1", "3", "202", "Year must include 4 numbers", DatePart.Year)]
    [InlineData("one", "3", "2027", "The due date must be a real date", DatePart.Day)]
    [InlineData("1", "3", "20x7", "The due date must be a real date", DatePart.Year)]
    [InlineData("1", "", "2027", "The due date must include a month", DatePart.Month)]
    [InlineData("", "", "2027", "The due date must include a day and month", DatePart.Day | DatePart.Month)]
    [InlineData("1", "", "", "The due date must include a month and year", DatePart.Month | DatePart.Year)]
    [InlineData("0", "3", "2027", "The due date must be a real date", DatePart.Day)]
    [InlineData("1", "3", "1066", "The due date must be a real date", DatePart.Year)]
    public void An_impossible_or_incomplete_date_gets_the_NHS_message_on_the_right_part(string day, string month, string year, string message, DatePart wrong)
    {
        var (date, error, parts) = DateParts.Read("The due date", day, month, year);
        Assert.Null(date);
        Assert.Equal(message, error);
        Assert.Equal(wrong, parts);
    }

    [Theory]
    [InlineData("29", "2", "2028", 2028, 2, 29)]
    [InlineData(" 07 ", "03", "2027", 2027, 3, 7)]
    [InlineData("31", "Dec", "2026", 2026, 12, 31)]
    [InlineData("1", "september", "2027", 2027, 9, 1)]
    public void A_real_date_is_read(string day, string month, string year, int y, int m, int d)
    {
        var (date, error, _) = DateParts.Read("The due date", day, month, year);
        Assert.Null(error);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void Three_empty_fields_are_no_date_and_no_error() =>
        Assert.Equal((null, null, DatePart.None), DateParts.Read("The due date", "", " ", null));
}
