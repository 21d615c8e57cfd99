namespace IncLead.Web.Features.Responding;

/// <summary>A stage of the questionnaire for one respondent, with their own answers filled in.</summary>
public sealed class StagePage
{
    public required RespondentCycle Cycle { get; init; }
    public required int StageNumber { get; init; }
    public required int StageCount { get; init; }
    public required string StageTitle { get; init; }
    public required string Theme { get; init; }
    public required string Summary { get; init; }
    public required int EstimatedMinutes { get; init; }
    public required IReadOnlyList<FactorBlock> Factors { get; init; }
    public required bool IsCompleted { get; init; }

    // Posted back by the page's form; named as the form binds them.
    public List<AnswerInput> Answers { get; set; } = [];
    public string? Completed { get; set; }

    public bool ReadOnly => !Cycle.AcceptsAnswers;

    public int StatementCount => Factors.Sum(f => f.Statements.Count);

    /// <summary>Statements with a rating (Don't know counts: it is an answer).</summary>
    public int AnsweredCount => Answers.Count(a => !string.IsNullOrEmpty(a.Rating));
}

public sealed record FactorBlock(string Code, string Title, string Summary, IReadOnlyList<StatementBlock> Statements);

public sealed record StatementBlock(int Index, int StatementId, string Code, string Text, string Guidance, string SuggestedAction, string WhatGoodLooksLike, bool WordingToBeConfirmed)
{
    private StatementTemplate? _template;

    /// <summary>Made on first use and kept with the cached stage (two requests racing make the same one).</summary>
    public StatementTemplate Template => _template ??= StatementTemplate.Of(this);
}
