using IncLead.Documents.Spreadsheets;

namespace IncLead.Documents.Tests.Spreadsheets;

public sealed class SheetNamesTests
{
    [Fact]
    public void Forbidden_characters_become_dashes_and_names_fit_31_characters()
    {
        var names = SheetNames.Sanitise(["a[b]c:d*e?f/g\\h", "A very long sheet name that goes on and on and on"]);
        Assert.Equal("a-b-c-d-e-f-g-h", names[0]);
        Assert.Equal("A very long sheet name that goe", names[1]);
        Assert.Equal(31, names[1].Length);
    }

    [Fact]
    public void Names_are_unique_ignoring_case_and_never_empty_or_reserved()
    {
        var names = SheetNames.Sanitise(["Actions", "actions", "ACTIONS", "", "  ", "'quoted'", "History", new string('x', 40), new string('x', 40)]);
        Assert.Equal(["Actions", "actions (2)", "ACTIONS (3)", "Sheet4", "Sheet5", "quoted", "History (sheet)", new string('x', 31), new string('x', 27) + " (2)"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
    }
}
