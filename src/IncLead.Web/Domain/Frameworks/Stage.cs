namespace IncLead.Web.Domain.Frameworks;

/// <summary>One of the toolkit's five conversations, from the Board room to the bus stop.</summary>
public sealed class Stage
{
    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public string Code { get; private set; } = "";
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public string Theme { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public int EstimatedMinutes { get; private set; }
    public SourceReference Source { get; private set; } = new("", "");
    public List<Factor> Factors { get; private set; } = [];

    private Stage() { }

    public Stage(string code, int number, string title, string theme, string summary, int estimatedMinutes, SourceReference source, IEnumerable<Factor> factors)
    {
        Code = code;
        Number = number;
        Title = title;
        Theme = theme;
        Summary = summary;
        EstimatedMinutes = estimatedMinutes;
        Source = source;
        Factors = [.. factors];
    }
}
