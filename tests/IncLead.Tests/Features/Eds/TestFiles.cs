using System.IO.Compression;
using System.Text;

namespace IncLead.Tests.Features.Eds;

/// <summary>Small files with real signatures, and impostors, for the upload checks.</summary>
public static class TestFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];
    public static byte[] LegacyOffice => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    public static byte[] Executable => Encoding.ASCII.GetBytes("MZ\x90\0this program cannot be run in DOS mode");
    public static byte[] Text => Encoding.UTF8.GetBytes("Just some notes from the meeting.");

    public static byte[] Docx => Zip("[Content_Types].xml", "word/document.xml");
    public static byte[] Xlsx => Zip("[Content_Types].xml", "xl/workbook.xml");
    public static byte[] Pptx => Zip("[Content_Types].xml", "ppt/presentation.xml");
    public static byte[] PlainZip => Zip("notes.txt");

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }
}
