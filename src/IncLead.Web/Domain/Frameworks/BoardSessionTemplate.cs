using IncLead.Web.Domain.BoardDevelopment;

namespace IncLead.Web.Domain.Frameworks;

/// <summary>
/// The toolkit's sample board development session (stage 1): aims, agenda and learning objectives, imported with the
/// framework so a new session starts from it. Part of the immutable framework version like everything else in it.
/// </summary>
public sealed class BoardSessionTemplate
{
    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public List<string> Aims { get; private set; } = [];
    public List<AgendaItem> Agenda { get; private set; } = [];
    public List<string> LearningObjectives { get; private set; } = [];
    public SourceReference Source { get; private set; } = new("", "");

    private BoardSessionTemplate() { }

    public BoardSessionTemplate(IEnumerable<string> aims, IEnumerable<AgendaItem> agenda, IEnumerable<string> learningObjectives, SourceReference source)
    {
        Aims = [.. aims];
        Agenda = [.. agenda];
        LearningObjectives = [.. learningObjectives];
        Source = source;
    }
}
