using IncLead.Web.Domain.Eds;
using IncLead.Web.Features.Eds.Evidence;

namespace IncLead.Tests.Features.Eds;

public sealed class EvidenceFileCheckTests
{
    public static TheoryData<string, byte[], EvidenceFileKind> Genuine => new()
    {
        { "report.pdf", TestFiles.Pdf, EvidenceFileKind.Pdf },
        { "chart.PNG", TestFiles.Png, EvidenceFileKind.Png },
        { "photo.jpg", TestFiles.Jpeg, EvidenceFileKind.Jpeg },
        { "photo.jpeg", TestFiles.Jpeg, EvidenceFileKind.Jpeg },
        { "minutes.docx", TestFiles.Docx, EvidenceFileKind.Word },
        { "data.xlsx", TestFiles.Xlsx, EvidenceFileKind.Excel },
        { "slides.pptx", TestFiles.Pptx, EvidenceFileKind.PowerPoint },
        { "old-minutes.doc", TestFiles.LegacyOffice, EvidenceFileKind.LegacyWord },
        { "old-data.xls", TestFiles.LegacyOffice, EvidenceFileKind.LegacyExcel },
        { "old-slides.ppt", TestFiles.LegacyOffice, EvidenceFileKind.LegacyPowerPoint },
    };

    [Theory]
    [MemberData(nameof(Genuine))]
    public void A_file_whose_content_matches_its_name_is_accepted(string name, byte[] content, EvidenceFileKind kind)
    {
        var result = EvidenceFileCheck.Check(name, content.LongLength, content);
        Assert.Null(result.Problem);
        Assert.Equal(kind, result.Kind);
    }

    public static TheoryData<string, byte[], EvidenceFileProblem, int> Refused => new()
    {
        { "virus.exe", TestFiles.Executable, EvidenceFileProblem.TypeNotAllowed, 415 },
        { "notes.txt", TestFiles.Text, EvidenceFileProblem.TypeNotAllowed, 415 },
        { "no-extension", TestFiles.Pdf, EvidenceFileProblem.TypeNotAllowed, 415 },
        { "report.pdf", TestFiles.Executable, EvidenceFileProblem.ContentMismatch, 415 },
        { "report.pdf", TestFiles.Png, EvidenceFileProblem.ContentMismatch, 415 },
        { "chart.png", TestFiles.Jpeg, EvidenceFileProblem.ContentMismatch, 415 },
        { "minutes.docx", TestFiles.Xlsx, EvidenceFileProblem.ContentMismatch, 415 },
        { "minutes.docx", TestFiles.PlainZip, EvidenceFileProblem.ContentMismatch, 415 },
        { "minutes.docx", TestFiles.LegacyOffice, EvidenceFileProblem.ContentMismatch, 415 },
        { "minutes.doc", TestFiles.Docx, EvidenceFileProblem.ContentMismatch, 415 },
        { "broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], EvidenceFileProblem.ContentMismatch, 415 },
        { "empty.pdf", [], EvidenceFileProblem.Empty, 422 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_file_of_a_type_not_allowed_empty_or_disguised_is_refused(string name, byte[] content, EvidenceFileProblem problem, int status)
    {
        var result = EvidenceFileCheck.Check(name, content.LongLength, content);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(status, result.StatusCode);
        Assert.Null(result.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void A_file_over_10_MB_is_refused_before_its_content_is_read()
    {
        var result = EvidenceFileCheck.Check("big.pdf", EvidenceItem.MaxFileBytes + 1, null);
        Assert.Equal(EvidenceFileProblem.TooLarge, result.Problem);
        Assert.Equal(413, result.StatusCode);
        Assert.Contains("10 MB", result.Message, StringComparison.Ordinal);
    }
}
