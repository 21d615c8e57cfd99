using System.Security.Cryptography;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Evidence;

/// <summary>
/// Reads an uploaded file (never more than the limit), checks it, and stores its bytes in the database beside the
/// evidence item, in the caller's unit of work, so that every app instance serves the same file.
/// </summary>
public sealed class EvidenceUploads(AppDbContext db)
{
    public static async Task<(EvidenceFileCheckResult Result, byte[]? Content)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > EvidenceItem.MaxFileBytes || file.Length == 0) return (EvidenceFileCheck.Check(file.FileName, file.Length, null), null);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        return (EvidenceFileCheck.Check(file.FileName, content.LongLength, content), content);
    }

    public async Task StoreAsync(EvidenceItem item, string fileName, EvidenceFileKind kind, byte[] content, CancellationToken ct)
    {
        var sha = Convert.ToHexString(SHA256.HashData(content));
        item.AttachFile(fileName, kind, content.LongLength);
        var existing = item.Id == 0 ? null : await db.EvidenceFiles.SingleOrDefaultAsync(f => f.EvidenceItemId == item.Id, ct);
        if (existing is null) db.EvidenceFiles.Add(new EvidenceFile(item, content, sha));
        else existing.Replace(content, sha);
    }

    public async Task RemoveAsync(EvidenceItem item, CancellationToken ct)
    {
        var existing = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.EvidenceItemId == item.Id, ct);
        if (existing is not null) db.EvidenceFiles.Remove(existing);
        item.DetachFile();
    }
}
