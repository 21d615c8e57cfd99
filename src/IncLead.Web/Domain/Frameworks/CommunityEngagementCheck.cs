namespace IncLead.Web.Domain.Frameworks;

/// <summary>An item of the toolkit's 11-item check list for community engagement in the EDS assessment (Stage 5).</summary>
public sealed class CommunityEngagementCheck
{
    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public SourceReference Source { get; private set; } = new("", "");

    private CommunityEngagementCheck() { }

    public CommunityEngagementCheck(string code, int order, string text, SourceReference source)
    {
        Code = code;
        Order = order;
        Text = text;
        Source = source;
    }
}
