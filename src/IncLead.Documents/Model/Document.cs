namespace IncLead.Documents.Model;

/// <summary>
/// A document to render: metadata, the running header and footer, and the blocks in reading order.
/// <see cref="Created"/> is the only clock the renderer reads, so the same input gives the same bytes.
/// </summary>
public sealed record Document(string Title, IReadOnlyList<Block> Blocks)
{
    public string Subject { get; init; } = "";
    public string Author { get; init; } = "";
    public string Creator { get; init; } = "IncLead";
    public string Language { get; init; } = "en-GB";
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;
    public RunningText Running { get; init; } = RunningText.None;
}

/// <summary>
/// Text repeated on every page except the title page. The footer also carries "Page X of Y" on the right.
/// </summary>
/// <param name="HeaderLeft">Usually the organisation.</param>
/// <param name="HeaderRight">Usually the document and cycle, e.g. "Board pack 2026/27".</param>
/// <param name="Status">A marking such as "DRAFT", shown in the header centre in bold.</param>
/// <param name="FooterLeft">Usually a classification or generation note.</param>
public sealed record RunningText(string HeaderLeft, string HeaderRight, string Status = "", string FooterLeft = "")
{
    public static RunningText None { get; } = new("", "");
}
