namespace IncLead.Web.Domain.Frameworks;

/// <summary>Where an item comes from: the seed document (000 is the toolkit) and its section, as that document names it.</summary>
public sealed record SourceReference(string Document, string Section)
{
    public const int DocumentMaxLength = 200;
    public const int SectionMaxLength = 300;

    public override string ToString() => Document.Length <= 3 ? $"Document {Document}, {Section}" : $"{Document}, {Section}";
}
