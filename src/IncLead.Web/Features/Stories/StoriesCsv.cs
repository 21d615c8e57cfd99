using IncLead.Documents.Spreadsheets;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Infrastructure;

namespace IncLead.Web.Features.Stories;

/// <summary>A story as the CSV export lists it; only stories the reader may see ever become one.</summary>
public sealed record StoryExportRow(int Id, string Title, StoryVoice Voice, StoryVisibility Visibility, bool Anonymised, bool Consent, int? StageNumber,
    ProtectedCharacteristics Characteristics, string Narrative, DateTime UpdatedAt);

/// <summary>The stories a reader may see as one CSV table, written by the Documents CSV writer (formula-guarded, UTF-8 for Excel).</summary>
public static class StoriesCsv
{
    public static Sheet Sheet(IReadOnlyList<StoryExportRow> rows) => new("Stories",
        [new Column("Id", ColumnType.Integer), new Column("Title"), new Column("Whose voice"), new Column("Visibility"), new Column("Anonymised"),
         new Column("Consent recorded"), new Column("Stage", ColumnType.Integer), new Column("Protected characteristics"), new Column("Story"),
         new Column("Last updated (UK time)", ColumnType.Date)],
        [.. rows.Select(s => (IReadOnlyList<object?>)[s.Id, s.Title, s.Voice.Label(), s.Visibility.Label(), YesNo(s.Anonymised), YesNo(s.Consent),
            s.StageNumber, s.Characteristics.Describe(), s.Narrative, Dates.ToLondon(s.UpdatedAt)])]);

    private static string YesNo(bool value) => value ? "Yes" : "No";
}
