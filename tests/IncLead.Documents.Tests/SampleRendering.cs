using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests;

/// <summary>Renders the sample board pack once per test run, shared by the read-back tests.</summary>
public sealed class SampleRendering
{
    public byte[] BoardPack { get; } = PdfRenderer.Render(SampleDocuments.BoardPack());

    /// <summary>Writes the sample for a person to look at when INCLEAD_SAMPLE_PDF names a file.</summary>
    public SampleRendering()
    {
        if (Environment.GetEnvironmentVariable("INCLEAD_SAMPLE_PDF") is { Length: > 0 } path)
            File.WriteAllBytes(path, BoardPack);
    }
}
