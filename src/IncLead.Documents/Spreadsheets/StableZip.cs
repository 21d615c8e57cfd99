using System.IO.Compression;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// Makes an Open XML package repeatable. System.IO.Packaging stamps every zip entry with the current time, so two
/// writes of the same workbook differ; this copies the entries, in the same order and with the same content, into
/// a new zip whose entries all carry one given time.
/// </summary>
internal static class StableZip
{
    public static void Rewrite(Stream package, Stream output, DateTimeOffset stamp)
    {
        // Zip times are local clock times from 1980 on, to two seconds; keep the given time's clock reading.
        var time = stamp.DateTime < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1) : stamp.DateTime;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            // Pictures are compressed already; deflating them again costs time and saves nothing.
            var level = entry.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            var copy = target.CreateEntry(entry.FullName, level);
            copy.LastWriteTime = new DateTimeOffset(time, TimeSpan.Zero);
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
