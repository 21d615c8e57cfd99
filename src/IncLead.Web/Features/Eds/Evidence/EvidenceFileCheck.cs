using System.IO.Compression;
using IncLead.Web.Domain.Eds;

namespace IncLead.Web.Features.Eds.Evidence;

/// <summary>
/// Decides what an uploaded file is from its first bytes, not from the name or the browser's content type, both of
/// which the uploader controls. A file is accepted only when its content is the kind its extension promises: an
/// executable renamed report.pdf, or a spreadsheet renamed .docx, is refused.
/// </summary>
public static class EvidenceFileCheck
{
    public const string AllowedTypesText = "a PDF, Word, Excel, PowerPoint, PNG or JPEG file";

    private static readonly Dictionary<string, EvidenceFileKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = EvidenceFileKind.Pdf,
        [".docx"] = EvidenceFileKind.Word,
        [".xlsx"] = EvidenceFileKind.Excel,
        [".pptx"] = EvidenceFileKind.PowerPoint,
        [".png"] = EvidenceFileKind.Png,
        [".jpg"] = EvidenceFileKind.Jpeg,
        [".jpeg"] = EvidenceFileKind.Jpeg,
        [".doc"] = EvidenceFileKind.LegacyWord,
        [".xls"] = EvidenceFileKind.LegacyExcel,
        [".ppt"] = EvidenceFileKind.LegacyPowerPoint,
    };

    public static string AcceptAttribute => string.Join(',', ByExtension.Keys);

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public static EvidenceFileCheckResult Check(string fileName, long declaredLength, byte[]? content)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(fileName), out var kind))
            return EvidenceFileCheckResult.Refused(EvidenceFileProblem.TypeNotAllowed, $"The selected file must be {AllowedTypesText}");
        if (declaredLength > EvidenceItem.MaxFileBytes || content?.LongLength > EvidenceItem.MaxFileBytes)
            return EvidenceFileCheckResult.Refused(EvidenceFileProblem.TooLarge, "The selected file must be 10 MB or smaller");
        if (declaredLength == 0 || content is null || content.Length == 0)
            return EvidenceFileCheckResult.Refused(EvidenceFileProblem.Empty, "The selected file is empty");
        return Matches(kind, content)
            ? EvidenceFileCheckResult.Accepted(kind)
            : EvidenceFileCheckResult.Refused(EvidenceFileProblem.ContentMismatch,
                $"The selected file is not really {Describe(kind)}: its content does not match its {Path.GetExtension(fileName).ToLowerInvariant()} name");
    }

    private static bool Matches(EvidenceFileKind kind, byte[] content) => kind switch
    {
        // The PDF header may follow a little leading junk; readers look for it in the first kilobyte.
        EvidenceFileKind.Pdf => content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf(Pdf) >= 0,
        EvidenceFileKind.Png => content.AsSpan().StartsWith(Png),
        EvidenceFileKind.Jpeg => content.AsSpan().StartsWith(Jpeg),
        EvidenceFileKind.Word => IsOfficeOpenXml(content, "word/"),
        EvidenceFileKind.Excel => IsOfficeOpenXml(content, "xl/"),
        EvidenceFileKind.PowerPoint => IsOfficeOpenXml(content, "ppt/"),
        // Legacy Office files share one container format; telling .doc from .xls inside it is not worth the parser.
        EvidenceFileKind.LegacyWord or EvidenceFileKind.LegacyExcel or EvidenceFileKind.LegacyPowerPoint => content.AsSpan().StartsWith(Ole2),
        _ => false,
    };

    // Only the zip's directory is read, never an entry's content, so a "zip bomb" costs nothing.
    private static bool IsOfficeOpenXml(byte[] content, string folder)
    {
        if (!content.AsSpan().StartsWith(Zip)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static string Describe(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Pdf => "a PDF",
        EvidenceFileKind.Word or EvidenceFileKind.LegacyWord => "a Word document",
        EvidenceFileKind.Excel or EvidenceFileKind.LegacyExcel => "an Excel spreadsheet",
        EvidenceFileKind.PowerPoint or EvidenceFileKind.LegacyPowerPoint => "a PowerPoint presentation",
        EvidenceFileKind.Png => "a PNG image",
        _ => "a JPEG image",
    };

    public static string ContentType(EvidenceFileKind kind) => kind switch
    {
        EvidenceFileKind.Pdf => "application/pdf",
        EvidenceFileKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceFileKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        EvidenceFileKind.PowerPoint => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        EvidenceFileKind.Png => "image/png",
        EvidenceFileKind.Jpeg => "image/jpeg",
        EvidenceFileKind.LegacyWord => "application/msword",
        EvidenceFileKind.LegacyExcel => "application/vnd.ms-excel",
        _ => "application/vnd.ms-powerpoint",
    };
}

public enum EvidenceFileProblem
{
    TypeNotAllowed,
    TooLarge,
    Empty,
    ContentMismatch,
}

public sealed record EvidenceFileCheckResult(EvidenceFileKind? Kind, EvidenceFileProblem? Problem, string? Message)
{
    public static EvidenceFileCheckResult Accepted(EvidenceFileKind kind) => new(kind, null, null);

    public static EvidenceFileCheckResult Refused(EvidenceFileProblem problem, string message) => new(null, problem, message);

    /// <summary>413 for a file too large, 415 for a type refused or disguised, 422 for an empty one.</summary>
    public int StatusCode => Problem switch
    {
        EvidenceFileProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
        EvidenceFileProblem.TypeNotAllowed or EvidenceFileProblem.ContentMismatch => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
