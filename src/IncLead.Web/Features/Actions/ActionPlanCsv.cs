using IncLead.Documents.Spreadsheets;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Infrastructure;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// The action list as one CSV table, in the columns the export has always had, typed so the Documents CSV writer
/// writes dates invariantly and guards text a spreadsheet would run as a formula.
/// </summary>
public static class ActionPlanCsv
{
    public static Sheet Sheet(IReadOnlyList<ActionRow> rows) => new("Action plan",
        [new Column("Id", ColumnType.Integer), new Column("Title"), new Column("Status"), new Column("RAG"), new Column("Why"), new Column("Due", ColumnType.Date),
         new Column("Owner"), new Column("Executive lead"), new Column("Priority"), new Column("Raised from"), new Column("Last updated (UK time)", ColumnType.Date)],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Id, r.Title, r.Status.Label(), r.Rag.Label(), r.RagReason, r.DueOn,
            r.OwnerName, r.ExecutiveLeadName, r.Priority.Label(), r.SourceLabel, Dates.ToLondon(r.UpdatedAt)])]);
}
