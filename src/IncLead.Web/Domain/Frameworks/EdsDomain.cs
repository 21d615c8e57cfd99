namespace IncLead.Web.Domain.Frameworks;

/// <summary>An EDS 2022 domain or an EDS2 goal, holding the outcomes that are graded.</summary>
public sealed class EdsDomain
{
    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public string Code { get; private set; } = "";
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public bool GradedPerService { get; private set; }
    public int? MaxServices { get; private set; }
    public SourceReference Source { get; private set; } = new("", "");
    public bool WordingToBeConfirmed { get; private set; }
    public List<EdsOutcome> Outcomes { get; private set; } = [];

    private EdsDomain() { }

    public EdsDomain(string code, int number, string title, bool gradedPerService, int? maxServices, SourceReference source, bool wordingToBeConfirmed, IEnumerable<EdsOutcome> outcomes)
    {
        Code = code;
        Number = number;
        Title = title;
        GradedPerService = gradedPerService;
        MaxServices = maxServices;
        Source = source;
        WordingToBeConfirmed = wordingToBeConfirmed;
        Outcomes = [.. outcomes];
    }
}

public sealed class EdsOutcome
{
    public int Id { get; private set; }
    public int DomainId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public string Guidance { get; private set; } = "";
    public SourceReference Source { get; private set; } = new("", "");
    public bool WordingToBeConfirmed { get; private set; }

    private EdsOutcome() { }

    public EdsOutcome(string code, int order, string text, string guidance, SourceReference source, bool wordingToBeConfirmed)
    {
        Code = code;
        Order = order;
        Text = text;
        Guidance = guidance;
        Source = source;
        WordingToBeConfirmed = wordingToBeConfirmed;
    }
}

/// <summary>One of the four EDS grades with its published colour.</summary>
public sealed class EdsGrade
{
    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public int Score { get; private set; }
    public string Name { get; private set; } = "";
    public string Colour { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>The framework file marks this grade's national wording as not confirmed; every output that names it says so.</summary>
    public bool WordingToBeConfirmed { get; private set; }

    private EdsGrade() { }

    public EdsGrade(int score, string name, string colour, string description, bool wordingToBeConfirmed = false)
    {
        Score = score;
        Name = name;
        Colour = colour;
        Description = description;
        WordingToBeConfirmed = wordingToBeConfirmed;
    }
}
