using System.Text.RegularExpressions;
using UglyToad.PdfPig.Tokens;

namespace IncLead.Documents.Tests.Pdf;

public sealed class StructureTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public void Pdf_is_marked_as_tagged_with_a_structure_tree_and_british_english()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var markInfo = ReadBack.Catalog(pdf, "MarkInfo");
        Assert.NotNull(markInfo);
        Assert.True(markInfo.TryGet(NameToken.Create("Marked"), out var marked));
        Assert.True(Assert.IsType<BooleanToken>(marked).Data);
        Assert.NotNull(ReadBack.Catalog(pdf, "StructTreeRoot"));
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out var lang));
        Assert.Equal("en-GB", Assert.IsType<StringToken>(lang).Data);
    }

    [Fact]
    public void Every_element_type_the_pack_uses_is_tagged()
    {
        var raw = ReadBack.Raw(sample.BoardPack);
        string[] types = ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "TOC", "TOCI", "Link"];
        Assert.All(types, t => Assert.Matches($@"/S\s*/{t}\b", raw));
        Assert.Matches(@"/Scope\s*/Column", raw);
        Assert.Matches(@"/Scope\s*/Row", raw);
    }

    [Fact]
    public void Figures_carry_alternative_text()
    {
        var figures = Regex.Matches(ReadBack.Raw(sample.BoardPack), @"/S\s*/Figure.*?endobj", RegexOptions.Singleline);
        Assert.Equal(7, figures.Count);
        Assert.All(figures, f => Assert.Matches(@"/Alt\s*(\([A-Z]|<FEFF)", f.Value));
    }

    [Fact]
    public void Running_header_and_footer_are_artifacts()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var page = pdf.GetPage(3);
        var artifacts = string.Concat(page.GetMarkedContents().Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
        Assert.Contains($"Page 3 of {pdf.NumberOfPages}", artifacts, StringComparison.Ordinal);
        Assert.Contains("Leicester Community NHS Trust", artifacts, StringComparison.Ordinal);
        Assert.Contains("DRAFT", artifacts, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_bar_shows_the_document_title_and_metadata_comes_from_the_model()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        Assert.Matches(@"/DisplayDocTitle\s*true", ReadBack.Raw(sample.BoardPack));
        Assert.Equal("Inclusion leadership board pack 2026/27", pdf.Information.Title);
        Assert.Equal("Equality lead", pdf.Information.Author);
        Assert.Equal("Board self-assessment, agreed positions and action plan", pdf.Information.Subject);
        Assert.Equal("IncLead", pdf.Information.Creator);
        Assert.StartsWith("D:20270312093000", pdf.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_and_subset()
    {
        var raw = ReadBack.Raw(sample.BoardPack);
        var names = Regex.Matches(raw, @"/FontName\s*/([A-Z]{6})\+([^/\s>]+)").Select(m => m.Groups[2].Value).ToList();
        Assert.Contains("Liberation#20Sans", names);
        Assert.Equal(Regex.Matches(raw, @"/Type\s*/FontDescriptor\b").Count, Regex.Matches(raw, @"/FontFile2\b").Count);
    }
}
