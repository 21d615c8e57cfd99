namespace IncLead.Web.Domain.Actions;

/// <summary>A dated entry in an action's history: what the person said, and what they changed. Never edited.</summary>
public sealed class ProgressUpdate : IOrganisationOwned
{
    public const int NoteMaxLength = 2000;
    public const int ChangesMaxLength = 500;

    public long Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int ActionItemId { get; private set; }
    public DateTime At { get; private set; }
    public string ByUserId { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public string? Note { get; private set; }
    public string? Changes { get; private set; }

    private ProgressUpdate() { }

    public ProgressUpdate(int organisationId, int actionItemId, string byUserId, string byName, string? note, string? changes, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(note) && string.IsNullOrWhiteSpace(changes)) throw new ArgumentException("An update needs a note or a change.", nameof(note));
        OrganisationId = organisationId;
        ActionItemId = actionItemId;
        ByUserId = byUserId;
        ByName = byName.Length > 256 ? byName[..256] : byName;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Changes = string.IsNullOrWhiteSpace(changes) ? null : changes.Length > ChangesMaxLength ? changes[..ChangesMaxLength] : changes;
        At = now;
    }
}
