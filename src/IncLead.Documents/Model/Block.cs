namespace IncLead.Documents.Model;

/// <summary>A piece of the document flow.</summary>
public abstract record Block
{
    /// <summary>Keep this block on the same page as the start of the next one. Headings always do.</summary>
    public bool KeepWithNext { get; init; }
}

/// <summary>The cover: its own page, without running header or footer.</summary>
public sealed record TitlePage(string Title, string? Subtitle = null, IReadOnlyList<string>? Lines = null) : Block;

/// <summary>Starts the next block on a new page.</summary>
public sealed record PageBreak : Block;

/// <summary>A contents list of the headings up to <paramref name="MaxLevel"/>, with page numbers and links.</summary>
public sealed record TableOfContents(string Title = "Contents", int MaxLevel = 2) : Block;
