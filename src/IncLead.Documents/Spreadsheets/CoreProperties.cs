using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// The package's title, author and dates (docProps/core.xml). Written as a part of our own rather than through
/// System.IO.Packaging's PackageProperties, which stores them under a randomly named part.
/// </summary>
internal static class CoreProperties
{
    const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    const string Dc = "http://purl.org/dc/elements/1.1/";
    const string Terms = "http://purl.org/dc/terms/";
    const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Add(SpreadsheetDocument document, Workbook workbook) =>
        Add(document, workbook.Title, workbook.Author, workbook.Created);

    /// <summary>For any Open XML package (the Word copy uses it too).</summary>
    public static void Add(OpenXmlPackage document, string title, string author, DateTimeOffset created, string language = "")
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>(ContentType, "rIdCore");
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        var when = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        if (title.Length > 0)
            xml.WriteElementString("dc", "title", Dc, CellText.Clean(title));
        xml.WriteElementString("dc", "creator", Dc, CellText.Clean(author));
        if (language.Length > 0)
            xml.WriteElementString("dc", "language", Dc, language);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
