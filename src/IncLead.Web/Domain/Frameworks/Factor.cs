namespace IncLead.Web.Domain.Frameworks;

/// <summary>A section of a stage (a Table 1 factor, a step, a check list) grouping the statements that restate it.</summary>
public sealed class Factor
{
    public int Id { get; private set; }
    public int StageId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public SourceReference Source { get; private set; } = new("", "");
    public List<Statement> Statements { get; private set; } = [];

    private Factor() { }

    public Factor(string code, int order, string title, string summary, SourceReference source, IEnumerable<Statement> statements)
    {
        Code = code;
        Order = order;
        Title = title;
        Summary = summary;
        Source = source;
        Statements = [.. statements];
    }
}
