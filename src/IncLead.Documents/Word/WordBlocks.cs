using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Documents.Word;

/// <summary>
/// The body: each block of the model as Word paragraphs and tables, in reading order, as the PDF's layout walks them.
/// Keeping-together follows the PDF's rules with Word's own properties: headings keep with the next paragraph (their
/// style says so), a block marked <see cref="Block.KeepWithNext"/> keeps with what follows, a table's header rows keep
/// with its first row, and no row breaks across pages.
/// </summary>
internal sealed class WordBlocks(MainDocumentPart main)
{
    readonly WordTables _tables = new(main);
    readonly WordCharts _charts = new(main);
    int _bookmark;
    bool _breakBefore;
    bool _afterTable;

    public IEnumerable<OpenXmlElement> Write(Model.Document document)
    {
        var headings = document.Blocks.OfType<Heading>().ToList();
        var headingIndex = 0;
        foreach (var block in document.Blocks)
        {
            var elements = block switch
            {
                Model.TitlePage title => TitlePage(title),
                TableOfContents contents => Contents(contents, headings),
                Heading heading => [Heading(heading, headingIndex++)],
                Model.Paragraph paragraph => [Paragraph(paragraph, null)],
                BulletList list => [.. list.Items.Select(item => Paragraph(item, "ListBullet"))],
                KeyValueBlock pairs => [_tables.KeyValues(pairs)],
                Model.Table table => [_tables.Table(table)],
                ChartBlock chart => Chart(chart),
                Model.PageBreak => PageBreak(),
                _ => throw new NotSupportedException($"No Word layout for {block.GetType().Name}."),
            };
            if (block.KeepWithNext)
                KeepWithNext(elements);
            foreach (var element in elements)
            {
                // Word puts no space below a table; the PDF leaves a paragraph gap before what follows it.
                if (_afterTable && element is W.Paragraph next)
                {
                    next.ParagraphProperties ??= new ParagraphProperties();
                    next.ParagraphProperties.SpacingBetweenLines ??= new SpacingBetweenLines { Before = "160" };
                }
                _afterTable = element is W.Table;
                foreach (var placed in Flush(element))
                    yield return placed;
            }
        }
    }

    List<OpenXmlElement> TitlePage(Model.TitlePage cover)
    {
        List<OpenXmlElement> elements = [Styled("Title", cover.Title)];
        if (cover.Subtitle is { Length: > 0 } subtitle)
            elements.Add(Styled("Subtitle", subtitle));
        elements.AddRange((cover.Lines ?? []).Select(line => Styled(null, line, halfPoints: 24)));
        _breakBefore = true;
        return elements;
    }

    /// <summary>
    /// A real contents field: Word offers to update it on opening (the settings ask it to) and rebuilds it with page
    /// numbers from its own pagination, which differs from the PDF's. Until then it shows each heading as a link to its
    /// bookmark without a page number, because a number worked out here would be a guess (LibreOffice shows cached
    /// PAGEREF results as they are, so a guess would be printed).
    /// </summary>
    List<OpenXmlElement> Contents(TableOfContents contents, IReadOnlyList<Heading> headings)
    {
        var title = Styled("TOCHeading", contents.Title);
        BreakBefore(title, force: true);
        List<OpenXmlElement> elements = [title];
        var entries = headings.Select((h, i) => (Heading: h, Index: i)).Where(h => h.Heading.Level <= contents.MaxLevel).ToList();
        for (var e = 0; e < entries.Count; e++)
        {
            var (heading, index) = entries[e];
            var paragraph = new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{heading.Level}" }));
            if (e == 0)
                paragraph.Append(FieldStart($" TOC \\o \"1-{contents.MaxLevel}\" \\h \\z "));
            var link = new Hyperlink { Anchor = BookmarkName(index), History = true };
            link.Append(WordText.Runs(heading.Text));
            paragraph.Append(link);
            if (e == entries.Count - 1)
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            elements.Add(paragraph);
        }
        _breakBefore = true;
        return elements;
    }

    static IEnumerable<Run> FieldStart(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
    ];

    W.Paragraph Heading(Heading heading, int index)
    {
        var paragraph = Styled($"Heading{heading.Level}", heading.Text);
        var id = (_bookmark++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        paragraph.InsertAfter(new BookmarkStart { Id = id, Name = BookmarkName(index) }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = id });
        return paragraph;
    }

    /// <summary>Bookmark names are at most 40 characters and start with a letter; Word hides those starting "_Toc".</summary>
    static string BookmarkName(int headingIndex) => $"_Toc{headingIndex + 1:D6}";

    W.Paragraph Paragraph(Model.Paragraph paragraph, string? style)
    {
        var text = string.Concat(paragraph.Runs.Select(r => r.Text));
        var element = new W.Paragraph(Properties(style, text));
        foreach (var run in paragraph.Runs)
            element.Append(WordText.Runs(run.Text, run.Bold, run.Italic));
        BreakBefore(element);
        return element;
    }

    W.Paragraph Styled(string? style, string text, bool bold = false, int? halfPoints = null)
    {
        var element = new W.Paragraph(Properties(style, text));
        element.Append(WordText.Runs(text, bold, halfPoints: halfPoints));
        BreakBefore(element);
        return element;
    }

    static ParagraphProperties Properties(string? style, string text)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        if (WordText.RightToLeft(text))
            properties.BiDi = new BiDi();
        return properties;
    }

    List<OpenXmlElement> Chart(ChartBlock block)
    {
        List<OpenXmlElement> elements = [_charts.Picture(block)];
        BreakBefore((W.Paragraph)elements[0]);
        if (block.IncludeDataTable)
            elements.Add(_tables.ChartData(block.Chart.ToDataTable()));
        return elements;
    }

    /// <summary>The next paragraph starts a page; before a table an empty paragraph carries the break instead.</summary>
    List<OpenXmlElement> PageBreak()
    {
        _breakBefore = true;
        return [];
    }

    void BreakBefore(W.Paragraph paragraph, bool force = false)
    {
        if (!_breakBefore && !force)
            return;
        _breakBefore = false;
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
    }

    /// <summary>Word keeps a table with the next block when every paragraph in it keeps with the next.</summary>
    static void KeepWithNext(IReadOnlyList<OpenXmlElement> elements)
    {
        if (elements.Count == 0)
            return;
        var paragraphs = elements[^1] is W.Paragraph last ? [last] : elements[^1].Descendants<W.Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.KeepNext = new KeepNext();
        }
    }

    /// <summary>A table cannot start a page by itself; a pending page break goes into an empty paragraph before it.</summary>
    IEnumerable<OpenXmlElement> Flush(OpenXmlElement next)
    {
        if (_breakBefore && next is W.Table)
        {
            var carrier = new W.Paragraph(new ParagraphProperties { PageBreakBefore = new PageBreakBefore(), SpacingBetweenLines = new SpacingBetweenLines { After = "0" } });
            _breakBefore = false;
            yield return carrier;
        }
        yield return next;
    }
}
