using IncLead.Documents.Spreadsheets;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Reporting;

/// <summary>
/// The board pack's figures as a workbook, one table per sheet with typed columns, for board secretaries who check
/// figures in Excel. Built from the same <see cref="BoardPackInput"/> as the PDF, so the two always agree; a
/// statement rated by fewer people than the anonymity threshold has its figures left empty, never zero.
/// </summary>
public static class BoardWorkbookComposer
{
    public static Workbook Compose(BoardPackInput input) => new(
    [
        Results(input),
        .. PackInsight.Sheets(input),
        new Sheet("Agreed positions",
            [new Column("Statement"), new Column("Text"), new Column("Agreed rating"), new Column("Score", ColumnType.Integer), new Column("Rationale"), new Column("Dissent")],
            [.. input.Positions.Select(p => (IReadOnlyList<object?>)[p.StatementCode, p.StatementText, p.Rating.Label(), p.Rating.Score(), p.Rationale, p.Dissent])]),
        new Sheet("EDS grades",
            [new Column("Domain"), new Column("Outcome"), new Column("Text"), new Column("Score", ColumnType.Integer), new Column("Grade")],
            [.. (input.Eds?.Domains ?? []).SelectMany(d => d.Outcomes.Select(o => (IReadOnlyList<object?>)[d.Code, o.Code,
                o.Text + (o.WordingToBeConfirmed ? PackTables.ToBeConfirmed : ""), o.Score, o.ScoreName is { } grade ? PackTables.GradeName(input.Eds!, o.Score, grade) : null]))]),
        Actions(input),
    ])
    {
        Title = $"Board pack data {input.Results.CycleName}",
        Author = input.Organisation,
        Created = input.Created,
    };

    private static Sheet Results(BoardPackInput input) => new("Results",
        [new Column("Stage", ColumnType.Integer), new Column("Factor"), new Column("Statement"), new Column("Text"), new Column("Ratings", ColumnType.Integer),
         new Column("Mean", ColumnType.Decimal), new Column("Median", ColumnType.Decimal), new Column("Interquartile range", ColumnType.Decimal),
         new Column("Standard deviation", ColumnType.Decimal), new Column("Band"), new Column("Shown")],
        [.. input.Results.Stages.SelectMany(stage => stage.Factors.SelectMany(f => f.Statements.Select(s =>
        {
            var x = s.Statistics;
            // Below the threshold even the count of ratings could point at someone, so the row says only that it is withheld.
            var shown = x.Mean is not null;
            return (IReadOnlyList<object?>)[stage.Number, f.Code, s.Code, s.Text, shown ? x.Ratings : null, x.Mean, x.Median, x.InterquartileRange, x.StandardDeviation,
                x.Band?.Label(), shown ? "Yes" : $"Withheld: fewer than {input.Results.AnonymityThreshold} ratings"];
        })))]);

    private static Sheet Actions(BoardPackInput input) => new("Actions",
        [new Column("Ref"), new Column("Action"), new Column("Status"), new Column("RAG"), new Column("Why"), new Column("Due", ColumnType.Date), new Column("Priority"), new Column("Raised from")],
        [.. input.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Select(a => (IReadOnlyList<object?>)[$"A{a.Id}", a.Title, a.Status.Label(), a.Rag.Label(), a.RagReason, a.DueOn, a.Priority.Label(), a.SourceLabel])]);
}
