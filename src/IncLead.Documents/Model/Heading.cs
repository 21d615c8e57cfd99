namespace IncLead.Documents.Model;

/// <summary>A heading of level 1 to 3; it appears in the bookmarks and, up to the contents' level, in the contents.</summary>
public sealed record Heading : Block
{
    public Heading(int level, string text, string? anchor = null)
    {
        if (level is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(level), level, "Heading level must be 1, 2 or 3.");
        Level = level;
        Text = text;
        Anchor = anchor;
        KeepWithNext = true;
    }

    public int Level { get; }
    public string Text { get; }

    /// <summary>An optional stable identifier, for callers that want to find the heading again.</summary>
    public string? Anchor { get; }
}
