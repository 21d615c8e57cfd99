using IncLead.Documents.Model;
using IncLead.Documents.Tests.Samples;
using IncLead.Documents.Word;
using IncLead.TestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Documents.Tests.Word;

/// <summary>The Word copy of the sample board pack and of small documents, read back with the Open XML SDK.</summary>
public sealed class DocxWriterTests
{
    static readonly Lazy<(Document Model, byte[] Docx)> _pack = new(() =>
    {
        var model = SampleDocuments.BoardPack();
        return (model, DocxWriter.Write(model));
    });

    static Document Model => _pack.Value.Model;

    static DocxFiles Pack() => new(_pack.Value.Docx);

    [Fact]
    public void The_board_pack_passes_the_SDK_validator()
    {
        using var docx = Pack();
        docx.AssertValid();
    }

    [Fact]
    public void Headings_use_the_heading_styles_in_the_models_order_and_the_styles_part_defines_them_with_outline_levels()
    {
        using var docx = Pack();
        var expected = Model.Blocks.OfType<Heading>().Select(h => (h.Level, h.Text)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, docx.Headings());
        var styles = docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Every_table_with_a_header_repeats_it_on_each_page_and_right_aligned_numbers_stay_right_aligned()
    {
        using var docx = Pack();
        var modelTables = Model.Blocks.Select(b => b switch
        {
            Table t => t,
            ChartBlock { IncludeDataTable: true } c => Table.Create(c.Chart.ToDataTable().Headers, []),
            KeyValueBlock k => new Table([1, 2], [], []),
            _ => null,
        }).OfType<Table>().ToList();
        Assert.Equal(modelTables.Count, docx.Tables.Count);
        for (var i = 0; i < modelTables.Count; i++)
        {
            var rows = docx.Tables[i].Elements<W.TableRow>().ToList();
            var headers = modelTables[i].HeaderRows.Count;
            Assert.All(rows.Take(headers), row => Assert.True(DocxFiles.RepeatsAsHeader(row), $"Table {i + 1}'s header row does not repeat."));
            Assert.All(rows.Skip(headers), row => Assert.False(DocxFiles.RepeatsAsHeader(row)));
        }
    }

    [Fact]
    public void Numbers_aligned_right_in_the_model_are_right_aligned_in_the_table()
    {
        var table = Table.Create(["Stage", "This year", "Last year"],
            [TableRow.Of("Stage 1", new TableCell("3.4", Align: CellAlign.Right), new TableCell("2.9", Align: CellAlign.Right)),
             TableRow.Of("Stage 2", new TableCell("4.0", Align: CellAlign.Right), new TableCell("n/a", Align: CellAlign.Centre))]);
        using var docx = new DocxFiles(DocxWriter.Write(SampleDocuments.Small(table)));
        var alignment = docx.Tables.Single().Elements<W.TableRow>().Skip(1)
            .Select(r => string.Join(',', r.Elements<W.TableCell>().Select(c => c.Descendants<W.Justification>().SingleOrDefault()?.Val?.ToString() ?? "left")))
            .ToList();
        Assert.Equal(["left,right,right", "left,right,center"], alignment);
    }

    [Fact]
    public void Every_chart_is_a_png_picture_whose_description_is_the_charts_alternative_text()
    {
        using var docx = Pack();
        var charts = Model.Blocks.OfType<ChartBlock>().ToList();
        Assert.NotEmpty(charts);
        Assert.Equal(charts.Select(c => c.AltText), docx.Pictures.Select(p => p.Description?.Value));
        Assert.All(docx.Pictures, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value)));
        var images = docx.Document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(charts.Count, images.Count);
        foreach (var image in images)
        {
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            var signature = new byte[8];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, signature);
        }
    }

    [Fact]
    public void Title_author_and_language_are_in_the_properties_and_the_footer_numbers_pages_with_fields()
    {
        using var docx = Pack();
        var properties = docx.Document.PackageProperties;
        Assert.Equal(Model.Title, properties.Title);
        Assert.Equal(Model.Author, properties.Creator ?? "");
        Assert.Equal("en-GB", properties.Language);
        var styles = docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("en-GB", styles.DocDefaults!.Descendants<W.Languages>().Single().Val!.Value);
        var footer = docx.Document.MainDocumentPart.FooterParts.Select(f => f.Footer!).Single(f => f.InnerText.Contains("Page", StringComparison.Ordinal));
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value!));
        var header = string.Concat(docx.Document.MainDocumentPart.HeaderParts.Select(h => h.Header!.InnerText));
        Assert.Contains(SampleDocuments.Running.Status, header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var again = DocxWriter.Write(SampleDocuments.BoardPack());
        using var first = new System.IO.Compression.ZipArchive(new MemoryStream(_pack.Value.Docx));
        using var second = new System.IO.Compression.ZipArchive(new MemoryStream(again));
        Assert.Equal(first.Entries.Select(e => e.FullName), second.Entries.Select(e => e.FullName));
        foreach (var entry in first.Entries)
        {
            using var a = new MemoryStream();
            using var b = new MemoryStream();
            entry.Open().CopyTo(a);
            second.GetEntry(entry.FullName)!.Open().CopyTo(b);
            Assert.True(a.ToArray().AsSpan().SequenceEqual(b.ToArray()), $"{entry.FullName} differs.");
        }
        Assert.Equal(_pack.Value.Docx, again);
    }

    [Fact]
    public void Right_to_left_text_combining_marks_and_emoji_come_out_as_the_same_text()
    {
        const string hebrew = "שלום עולם, דוח הדירקטוריון לשנת 2027";
        const string combining = "Cafe\u0301 in Ha\u0308agen, a\u0327 e\u0301\u0301";
        const string emoji = "Staff network 🏳️‍🌈 👩🏽‍⚕️ ✅";
        const string arabic = "مرحبا بالعالم";
        var document = SampleDocuments.Small(
            new Heading(1, "לשון: " + hebrew),
            new Paragraph(hebrew),
            new Paragraph([new TextRun(combining, Bold: true), new TextRun(" " + emoji)]),
            new BulletList([arabic]),
            Table.Create(["Language", "Text"], [TableRow.Of("Hebrew", hebrew), TableRow.Of("Emoji", emoji)]));
        using var docx = new DocxFiles(DocxWriter.Write(document));

        docx.AssertValid();
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();
        Assert.Equal("לשון: " + hebrew, docx.Headings().Single().Text);
        var rtl = paragraphs.Single(p => p.InnerText == hebrew);
        Assert.NotNull(rtl.ParagraphProperties?.BiDi);
        Assert.Contains(paragraphs, p => p.InnerText == combining + " " + emoji);
        Assert.Contains(paragraphs, p => p.InnerText == arabic && p.ParagraphProperties?.BiDi is not null);
        var cells = docx.Tables.Single().Descendants<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains(hebrew, cells);
        Assert.Contains(emoji, cells);
        Assert.DoesNotContain('\uFFFD', docx.Text);
    }

    [Fact]
    public void Control_characters_are_dropped_rather_than_making_an_unreadable_file()
    {
        using var docx = new DocxFiles(DocxWriter.Write(SampleDocuments.Small(new Paragraph("Bell\u0007 and NUL\0 and a lone \uD800 surrogate"))));
        docx.AssertValid();
        Assert.Contains("Bell and NUL and a lone  surrogate", docx.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_converts_the_board_pack_to_pdf()
    {
        var pdf = DocxFiles.ConvertToPdf(_pack.Value.Docx);
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(read.NumberOfPages > 5, $"LibreOffice made {read.NumberOfPages} pages.");
        var text = string.Join('\n', read.GetPages().Select(p => p.Text));
        Assert.All(Model.Blocks.OfType<Heading>().Where(h => h.Level == 1).Take(5), h => Assert.Contains(h.Text.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
