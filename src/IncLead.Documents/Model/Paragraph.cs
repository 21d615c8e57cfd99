namespace IncLead.Documents.Model;

/// <summary>A span of text in one style. A '\n' inside the text forces a line break.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false)
{
    public static implicit operator TextRun(string text) => new(text);
}

/// <summary>A paragraph of styled runs.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs) : Block
{
    public Paragraph(string text) : this([new TextRun(text)]) { }

    public static implicit operator Paragraph(string text) => new(text);
}

/// <summary>A bulleted list; each item is a paragraph.</summary>
public sealed record BulletList(IReadOnlyList<Paragraph> Items) : Block;

/// <summary>A label and its value, e.g. "Signed off" / "12 March 2027".</summary>
public sealed record KeyValue(string Label, string Value);

/// <summary>Label/value pairs laid out as a two-column table with the labels as row headers.</summary>
public sealed record KeyValueBlock(IReadOnlyList<KeyValue> Pairs) : Block;
