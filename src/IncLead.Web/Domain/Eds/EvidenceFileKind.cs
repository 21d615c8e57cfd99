namespace IncLead.Web.Domain.Eds;

/// <summary>The kinds of file evidence may be, decided from the file's content as well as its name.</summary>
public enum EvidenceFileKind
{
    Pdf = 1,
    Word = 2,
    Excel = 3,
    PowerPoint = 4,
    Png = 5,
    Jpeg = 6,
    LegacyWord = 7,
    LegacyExcel = 8,
    LegacyPowerPoint = 9,
}
