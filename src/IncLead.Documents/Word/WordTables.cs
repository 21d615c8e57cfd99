using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Charts;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Documents.Word;

/// <summary>
/// Tables as the PDF draws them: full text width, columns in the model's proportions, header rows in NHS blue marked
/// to repeat on every page (<c>w:tblHeader</c>) and kept with the first body row, cell fills with the text colour of
/// better contrast, numbers aligned as the model says, and no row split across pages.
/// </summary>
internal sealed class WordTables(DocumentFormat.OpenXml.Packaging.MainDocumentPart main)
{
    // Hyperlink relationships get numbered ids, not the SDK's random ones, so the same content gives the same file.
    int _links;

    public W.Table Table(Model.Table table, bool rowHeaders = false)
    {
        var widths = Widths(table.ColumnWeights);
        var element = new W.Table(Properties(), new TableGrid([.. widths.Select(w => new GridColumn { Width = Twips(w) })]));
        foreach (var row in table.HeaderRows)
            element.Append(Row(row, widths, header: true, rowHeaders: false));
        for (var r = 0; r < table.Rows.Count; r++)
            element.Append(Row(table.Rows[r], widths, header: false, rowHeaders));
        return element;
    }

    /// <summary>Labels and values as the PDF's key-value block: no header row, the labels as shaded row headers.</summary>
    public W.Table KeyValues(KeyValueBlock pairs) =>
        Table(new Model.Table([1, 2], [], [.. pairs.Pairs.Select(p => Model.TableRow.Of(p.Label, p.Value))]), rowHeaders: true);

    /// <summary>A chart's data after the picture, with the PDF's column proportions.</summary>
    public W.Table ChartData(ChartData data) =>
        Table(Model.Table.Create(data.Headers, data.Rows.Select(r => new Model.TableRow([.. r.Select(c => new Model.TableCell(c))])),
            [2, .. data.Headers.Skip(1).Select(_ => 1.0)]));

    static TableProperties Properties() => new(
        new TableStyle { Val = "ReportTable" },
        new TableWidth { Width = Twips(WordPage.ContentWidth), Type = TableWidthUnitValues.Dxa },
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableLook { Val = "04A0" });

    W.TableRow Row(Model.TableRow row, int[] widths, bool header, bool rowHeaders)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
            properties.Append(new TableHeader());
        var element = new W.TableRow(properties);
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new Model.TableCell("");
            var rowHeader = rowHeaders && c == 0;
            var fill = cell.Fill ?? (header ? NhsColours.Blue : rowHeader ? NhsColours.PaleGrey : (Rgb?)null);
            var ink = fill is { } f ? NhsColours.TextOn(f) : NhsColours.Text;
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa });
            if (fill is { } shade)
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordText.Hex(shade) });
            var paragraph = new W.Paragraph(CellParagraph(cell, header));
            if (cell.Links is null)
                paragraph.Append(WordText.Runs(cell.Text, cell.Bold || header || rowHeader, colour: ink == NhsColours.Text ? null : WordText.Hex(ink)));
            else
                AppendLinked(paragraph, cell, cell.Bold || header || rowHeader, ink == NhsColours.Text ? null : WordText.Hex(ink));
            element.Append(new W.TableCell(cellProperties, paragraph));
        }
        return element;
    }

    /// <summary>A cell's lines (split at line feeds) with a line break between, each with a web address a real hyperlink whose text is the line.</summary>
    void AppendLinked(W.Paragraph paragraph, Model.TableCell cell, bool bold, string? colour)
    {
        var lines = cell.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                paragraph.Append(new Run(new Break()));
            if (cell.LinkAt(i) is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                var id = $"rIdLink{++_links}";
                main.AddHyperlinkRelationship(uri, true, id);
                var runs = WordText.Runs(lines[i], bold).ToList();
                foreach (var run in runs)
                    (run.RunProperties ??= new RunProperties()).RunStyle = new RunStyle { Val = "Hyperlink" };
                paragraph.Append(new Hyperlink(runs) { Id = id, History = true });
            }
            else
            {
                paragraph.Append(WordText.Runs(lines[i], bold, colour: colour));
            }
        }
    }

    static ParagraphProperties CellParagraph(Model.TableCell cell, bool header)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "TableText" } };
        // The header keeps with the first body row, so a table never starts with its header alone at a page foot.
        if (header)
            properties.KeepNext = new KeepNext();
        if (WordText.RightToLeft(cell.Text))
            properties.BiDi = new BiDi();
        if (cell.Align != CellAlign.Left)
            properties.Justification = new Justification { Val = cell.Align == CellAlign.Right ? JustificationValues.Right : JustificationValues.Center };
        return properties;
    }

    static int[] Widths(IReadOnlyList<double> weights)
    {
        var total = weights.Sum(w => Math.Max(w, 0.01));
        var widths = weights.Select(w => (int)Math.Floor(Math.Max(w, 0.01) / total * WordPage.ContentWidth)).ToArray();
        if (widths.Length > 0)
            widths[^1] += WordPage.ContentWidth - widths.Sum();
        return widths;
    }

    static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
