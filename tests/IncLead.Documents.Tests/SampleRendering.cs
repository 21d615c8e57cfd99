using IncLead.Documents.Charts;
using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Spreadsheets;
using IncLead.Documents.Tests.Samples;
using IncLead.Documents.Word;

namespace IncLead.Documents.Tests;

/// <summary>Renders the sample board pack once per test run, shared by the read-back tests.</summary>
public sealed class SampleRendering
{
    public byte[] BoardPack { get; } = PdfRenderer.Render(SampleDocuments.BoardPack());

    /// <summary>Writes the samples for a person to look at when INCLEAD_SAMPLE_DIR names a folder.</summary>
    public SampleRendering()
    {
        if (Environment.GetEnvironmentVariable("INCLEAD_SAMPLE_DIR") is not { Length: > 0 } folder)
            return;
        File.WriteAllBytes(Path.Combine(folder, "board-pack.pdf"), BoardPack);
        File.WriteAllBytes(Path.Combine(folder, "board-pack.docx"), DocxWriter.Write(SampleDocuments.BoardPack()));
        File.WriteAllBytes(Path.Combine(folder, "stress.pdf"), PdfRenderer.Render(StressDocument.Create()));
        File.WriteAllText(Path.Combine(folder, "radar.svg"), SvgChartRenderer.Render(SampleCharts.StageRadar()));
        File.WriteAllText(Path.Combine(folder, "heatmap.svg"), SvgChartRenderer.Render(SampleCharts.Consensus()));
        File.WriteAllBytes(Path.Combine(folder, "languages.pdf"), PdfRenderer.Render(SampleDocuments.Small(
            new Heading(1, "Languages: שלום עולם"),
            new Paragraph("English with Hebrew שלום עולם (שנת 2027) in the middle, then English again."),
            new Paragraph("שלום עולם, זהו דוח הדירקטוריון לשנת 2027 של NHS England (טיוטה)."),
            new Paragraph("Arabic, in order but unjoined: مرحبا بالعالم"),
            new BulletList(["פריט ראשון ברשימה", "Second item, in English"]),
            Table.Create(["Language", "Text"], [TableRow.Of("Hebrew", "דוח הדירקטוריון"), TableRow.Of("English", "Board report")]))));
        File.WriteAllBytes(Path.Combine(folder, "workbook.xlsx"), XlsxWriter.Write(SampleWorkbook.Create()));
        File.WriteAllBytes(Path.Combine(folder, "actions.csv"), CsvWriter.Write(SampleWorkbook.Create().Sheets[2]));
    }
}
