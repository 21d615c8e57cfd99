namespace IncLead.Documents.Text;

/// <summary>Which embedded font draws a piece of text.</summary>
internal enum FontFace
{
    Primary,
    Fallback,
}

/// <summary>Font size and style of a piece of text.</summary>
internal readonly record struct TextStyle(double Size, bool Bold = false, bool Italic = false)
{
    public TextStyle With(bool bold, bool italic) => this with { Bold = bold, Italic = italic };
}

/// <summary>Text drawn in one font and style, at <paramref name="X"/> from the start of its line.</summary>
internal sealed record TextFragment(string Text, FontFace Face, TextStyle Style, double X, double Width);

/// <summary>One laid-out line: its fragments, left to right as drawn, and total width.</summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, double Width)
{
    public static TextLine Empty { get; } = new([], 0);

    /// <summary>The line in reading order, when right-to-left text made the drawn order differ from it.</summary>
    public string? LogicalText { get; init; }

    /// <summary>The line belongs to a right-to-left paragraph, so it is aligned to the right.</summary>
    public bool RightToLeft { get; init; }

    public string PlainText => string.Concat(Fragments.Select(f => f.Text));
}
