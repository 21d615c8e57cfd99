namespace IncLead.Web.Features.Responding;

/// <summary>
/// One factor of a stage for one respondent, with their own answers filled in. A stage is answered a factor a page
/// (decision 0029), with the stage's factors listed beside the questions to move between them.
/// </summary>
public sealed class FactorPage
{
    public required RespondentCycle Cycle { get; init; }
    public required StageContent Stage { get; init; }
    public required FactorBlock Factor { get; init; }
    /// <summary>How many of each factor's statements have a rating saved, in factor order.</summary>
    public required IReadOnlyList<int> SavedByFactor { get; init; }
    public required bool IsCompleted { get; init; }

    // Posted back by the page's form; named as the form binds them. Answers are this factor's, in its order.
    public List<AnswerInput> Answers { get; set; } = [];
    public string? Completed { get; set; }

    /// <summary>The stage is marked complete on its last factor, after every statement has been seen.</summary>
    public bool IsLastFactor => Factor.Number == Stage.Factors.Count;

    public int StatementCount => Stage.Factors.Sum(f => f.Statements.Count);

    /// <summary>Statements with a rating (Don't know counts: it is an answer); this factor's as the page shows them.</summary>
    public int AnsweredIn(FactorBlock factor) => factor.Number == Factor.Number ? Answers.Count(a => !string.IsNullOrEmpty(a.Rating)) : SavedByFactor[factor.Number - 1];

    public int AnsweredElsewhere => Stage.Factors.Where(f => f.Number != Factor.Number).Sum(AnsweredIn);

    public string Address(int factor) => FactorAddress(Cycle.Id, Stage.Number, factor);

    public static string FactorAddress(int cycleId, int stage, int factor) => $"/respond/{cycleId}/stages/{stage}/factors/{factor}";
}

public sealed record FactorBlock(int Number, string Code, string Title, string Summary, IReadOnlyList<StatementBlock> Statements);

/// <summary>A statement as a page shows it; <paramref name="Index"/> is its place in its factor's form.</summary>
public sealed record StatementBlock(int Index, int StatementId, string Code, string Text, string Guidance, string SuggestedAction, string WhatGoodLooksLike, bool WordingToBeConfirmed)
{
    private StatementTemplate? _template;

    /// <summary>Made on first use and kept with the cached stage (two requests racing make the same one).</summary>
    public StatementTemplate Template => _template ??= StatementTemplate.Of(this);
}

/// <summary>A stage of a closed cycle: the person's answers to read, no longer to change.</summary>
public sealed record StageAnswersPage(RespondentCycle Cycle, StageContent Stage, IReadOnlyDictionary<int, SavedAnswer> Answers);
